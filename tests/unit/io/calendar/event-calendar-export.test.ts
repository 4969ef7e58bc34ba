import { describe, expect, it } from 'vitest'
import { focusAreaWords } from '@/domain/county-words'
import { eventsToIcs, icsBytes, icsFileName, type IcsContext } from '@/io/calendar/event-calendar-export'
import { escapeIcsText, foldIcsLine, joinIcsLines } from '@/io/calendar/ics-text'
import { calendarEvent } from '../../domain/calendar/calendar-fixtures'
import { parseIcs, physicalLines, prop, unescapeText } from './ics-parser'

const context: IcsContext = {
  now: '2026-11-23T12:34:56.789Z',
  calendarName: 'Årshjul 2026 – Ett jämställt Kalmar län',
  focusAreas: [{ id: 'fa-health', name: 'Jämställd hälsa' }],
  networks: [{ id: 'n1', name: 'Hälsonätverket' }]
}

const octets = (s: string) => new TextEncoder().encode(s).length

describe('iCalendar export', () => {
  const events = [
    calendarEvent('e2', '2026-10-15', {
      title: 'Nätverksträff; våld, makt och\nhälsa \\ del 2',
      startTime: '13:00',
      endTime: '16:30',
      location: 'Residenset, Slottsvägen 1; Kalmar',
      networkId: 'n1',
      goals: [5, 6],
      focusAreaIds: ['fa-health']
    }),
    calendarEvent('e1', '2026-03-05', {
      title: 'Informationspass för ledningen',
      kind: 'briefing',
      startTime: '09:00',
      endTime: '10:00',
      link: 'https://teams.example.se/möte?id=1,2'
    }),
    calendarEvent('e3', '2026-12-31', {
      title: 'Årskonferens',
      kind: 'conference',
      startTime: null,
      endTime: null,
      description: 'Å'.repeat(120)
    })
  ]
  const ics = eventsToIcs(events, context)
  const calendar = parseIcs(ics)

  it('is a VCALENDAR with PRODID and VERSION, CRLF line ends and no line over 75 octets', () => {
    expect(calendar.name).toBe('VCALENDAR')
    expect(prop(calendar, 'VERSION')?.value).toBe('2.0')
    expect(prop(calendar, 'PRODID')?.value).toBe('-//Kugghjul//Arshjul//SV')
    const lines = physicalLines(ics)
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75)
    expect(lines.some((l) => l.startsWith(' '))).toBe(true) // something was folded
  })

  it('has one VEVENT per event, in date order, with unique UIDs and a DTSTAMP in UTC', () => {
    const vevents = calendar.components.filter((c) => c.name === 'VEVENT')
    expect(vevents).toHaveLength(3)
    expect(vevents.map((v) => prop(v, 'UID')?.value)).toEqual(['e1@kugghjul', 'e2@kugghjul', 'e3@kugghjul'])
    for (const v of vevents) expect(prop(v, 'DTSTAMP')?.value).toBe('20261123T123456Z')
  })

  it('writes times in Europe/Stockholm and declares that zone with CET and CEST', () => {
    const [march, october] = calendar.components.filter((c) => c.name === 'VEVENT')
    expect(prop(march!, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { TZID: 'Europe/Stockholm' },
      value: '20260305T090000'
    })
    expect(prop(october!, 'DTEND')).toEqual({
      name: 'DTEND',
      params: { TZID: 'Europe/Stockholm' },
      value: '20261015T163000'
    })
    const zone = calendar.components.find((c) => c.name === 'VTIMEZONE')!
    expect(prop(zone, 'TZID')?.value).toBe('Europe/Stockholm')
    const rule = (name: string) => zone.components.find((c) => c.name === name)!
    expect([prop(rule('STANDARD'), 'TZOFFSETTO')?.value, prop(rule('STANDARD'), 'TZNAME')?.value]).toEqual([
      '+0100',
      'CET'
    ])
    expect([prop(rule('DAYLIGHT'), 'TZOFFSETTO')?.value, prop(rule('DAYLIGHT'), 'TZNAME')?.value]).toEqual([
      '+0200',
      'CEST'
    ])
    expect(prop(rule('DAYLIGHT'), 'RRULE')?.value).toBe('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU')
    expect(prop(rule('STANDARD'), 'RRULE')?.value).toBe('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU')
  })

  it('matches the real Stockholm clock changes: last Sunday of March 01:00 UTC and of October 01:00 UTC', () => {
    const offset = (utc: string) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', timeZoneName: 'shortOffset' })
        .formatToParts(new Date(utc))
        .find((p) => p.type === 'timeZoneName')?.value
    const lastSunday = (year: number, month: number) => {
      const last = new Date(Date.UTC(year, month, 0))
      return new Date(Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay())).toISOString().slice(0, 10)
    }
    for (const year of [2025, 2026, 2027, 2030]) {
      const spring = lastSunday(year, 3)
      const autumn = lastSunday(year, 10)
      expect([offset(`${spring}T00:59:00Z`), offset(`${spring}T01:00:00Z`)]).toEqual(['GMT+1', 'GMT+2'])
      expect([offset(`${autumn}T00:59:00Z`), offset(`${autumn}T01:00:00Z`)]).toEqual(['GMT+2', 'GMT+1'])
    }
  })

  it('escapes commas, semicolons, backslashes and newlines so the text round-trips', () => {
    const october = calendar.components.filter((c) => c.name === 'VEVENT')[1]!
    expect(unescapeText(prop(october, 'SUMMARY')!.value)).toBe('Nätverksträff; våld, makt och\nhälsa \\ del 2')
    expect(unescapeText(prop(october, 'LOCATION')!.value)).toBe('Residenset, Slottsvägen 1; Kalmar')
    expect(unescapeText(prop(october, 'DESCRIPTION')!.value)).toBe(
      'Typ: Nätverksträff\nNätverk: Hälsonätverket\nDelmål: 5. Jämställd hälsa; 6. Mäns våld mot kvinnor ska upphöra\nFokusområden: Jämställd hälsa'
    )
    expect(escapeIcsText('a,b;c\\d\r\ne')).toBe('a\\,b\\;c\\\\d\\ne')
  })

  it('names the focus areas with the county’s own word', () => {
    const focusWords = focusAreaWords({ singular: 'strategiskt insatsområde', plural: 'strategiska insatsområden' })
    const halland = parseIcs(eventsToIcs([events[0]!], { ...context, focusWords }))
    const description = unescapeText(
      prop(
        halland.components.find((c) => c.name === 'VEVENT')!,
        'DESCRIPTION'
      )!.value
    )
    expect(description).toContain('Strategiska insatsområden: Jämställd hälsa')
    expect(description).not.toMatch(/fokusområde/i)
  })

  it('writes an all-day event as dates, ending the next day, and folds long Swedish text without splitting å', () => {
    const december = calendar.components.filter((c) => c.name === 'VEVENT')[2]!
    expect(prop(december, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261231' })
    expect(prop(december, 'DTEND')?.value).toBe('20270101')
    expect(unescapeText(prop(december, 'DESCRIPTION')!.value)).toBe(`${'Å'.repeat(120)}\n\nTyp: Konferens`)
    const folded = foldIcsLine(`DESCRIPTION:${'å'.repeat(100)}`)
    expect(folded.map(octets)).toEqual([74, 75, 65]) // 12 + 31×2 (a 32nd å would make 76), then 1 + 37×2, then 1 + 32×2
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`DESCRIPTION:${'å'.repeat(100)}`)
  })

  it('ends an event over several days on its last day: all-day the day after, timed at the end time', () => {
    const conference = calendarEvent('e9', '2026-03-12', { endDate: '2026-03-14', startTime: null, endTime: null })
    const course = calendarEvent('e8', '2026-03-30', { endDate: '2026-04-01', startTime: '09:00', endTime: '15:00' })
    const [allDays, timed] = parseIcs(eventsToIcs([conference, course], context)).components.filter(
      (c) => c.name === 'VEVENT'
    )
    expect(prop(allDays!, 'DTSTART')?.value).toBe('20260312')
    expect(prop(allDays!, 'DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20260315' })
    expect(prop(timed!, 'DTSTART')?.value).toBe('20260330T090000')
    expect(prop(timed!, 'DTEND')).toEqual({
      name: 'DTEND',
      params: { TZID: 'Europe/Stockholm' },
      value: '20260401T150000'
    })
  })

  it('puts a link in URL and, without a place, in LOCATION; one event exports alone', () => {
    const single = parseIcs(eventsToIcs([events[1]!], context))
    const vevents = single.components.filter((c) => c.name === 'VEVENT')
    expect(vevents).toHaveLength(1)
    expect(prop(vevents[0]!, 'URL')?.value).toBe('https://teams.example.se/möte?id=1,2')
    expect(unescapeText(prop(vevents[0]!, 'LOCATION')!.value)).toBe('https://teams.example.se/möte?id=1,2')
    expect(icsFileName({ event: events[1]! })).toBe('aktivitet-2026-03-05.ics')
    expect(icsFileName({ year: 2026 })).toBe('arshjul-2026.ics')
    expect(new TextDecoder().decode(icsBytes('å'))).toBe('å')
  })
})

describe('no property can inject lines into the calendar', () => {
  // A restored backup may hold what the forms refuse: a link or an id with line breaks.
  const injected = 'https://example.se/\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M'
  const lines = (ics: string) => physicalLines(ics).filter((l) => !l.startsWith(' '))

  it('leaves out a link with a line break and keeps the rest of the event', () => {
    const ics = eventsToIcs([calendarEvent('e1', '2026-03-05', { link: injected })], context)
    expect(lines(ics).some((l) => l.startsWith('BEGIN:VALARM') || l.startsWith('TRIGGER'))).toBe(false)
    expect(lines(ics).some((l) => l.startsWith('URL'))).toBe(false)
    expect(
      prop(
        parseIcs(ics).components.find((c) => c.name === 'VEVENT')!,
        'SUMMARY'
      )
    ).toBeDefined()
  })

  it('refuses any content line that still holds a line break', () => {
    expect(() => joinIcsLines(['BEGIN:VEVENT', 'X-NOTE:a\nb', 'END:VEVENT'])).toThrow(/line break/)
  })

  it('escapes line breaks in the UID', () => {
    const ics = eventsToIcs([calendarEvent('e1\r\nX-INJECTED:1', '2026-03-05')], context)
    expect(lines(ics).some((l) => l.startsWith('X-INJECTED'))).toBe(false)
  })
})
