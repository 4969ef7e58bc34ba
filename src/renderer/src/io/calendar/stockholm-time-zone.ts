/**
 * VTIMEZONE for Europe/Stockholm: CET (UTC+1) in winter, CEST (UTC+2) from
 * the last Sunday of March 02:00 to the last Sunday of October 03:00, the EU
 * rule Sweden has followed since 1996. Calendar programs use these rules for
 * DTSTART;TZID=Europe/Stockholm; Outlook needs the block to be present.
 */
export const STOCKHOLM_TZID = 'Europe/Stockholm'

export const stockholmTimeZoneLines: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${STOCKHOLM_TZID}`,
  `X-LIC-LOCATION:${STOCKHOLM_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE'
]
