import { addDays } from '@/domain/iso-date'
import { compareEvents, eventKindLabels, lastDayOf, type CalendarEvent } from '@/domain/calendar/calendar-event'
import type { FocusArea } from '@/domain/county-profile'
import { focusAreaWords, type FocusAreaWords } from '@/domain/county-words'
import { nationalGoals } from '@/domain/national-goals'
import type { Network } from '@/domain/networks/network'
import { escapeIcsText, icsDateTime, icsUtcStamp, joinIcsLines } from './ics-text'
import { STOCKHOLM_TZID, stockholmTimeZoneLines } from './stockholm-time-zone'

export const ICS_PRODID = '-//Kugghjul//Arshjul//SV'

export interface IcsContext {
  /** When the file is written (ISO timestamp); every DTSTAMP. */
  now: string
  /** Names the calendar in Outlook and others, e.g. "Årshjul 2026 – Ett jämställt Kalmar län". */
  calendarName: string
  focusAreas: readonly FocusArea[]
  /** What the county calls its focus areas; "Fokusområden" when absent. */
  focusWords?: FocusAreaWords
  networks: readonly Pick<Network, 'id' | 'name'>[]
}

/** The DESCRIPTION: the event's own text, then kind, organiser, network, delmål, focus areas and link. */
function description(event: CalendarEvent, context: IcsContext): string {
  const names = (ids: readonly string[], from: readonly { id: string; name: string }[]) =>
    ids.map((id) => from.find((x) => x.id === id)?.name).filter((n): n is string => n !== undefined)
  const network = event.networkId ? names([event.networkId], context.networks)[0] : undefined
  const goals = event.goals.map((g) => `${g}. ${nationalGoals[g - 1]!.name}`)
  const focus = names(event.focusAreaIds, context.focusAreas)
  const facts = [
    `Typ: ${eventKindLabels[event.kind]}`,
    event.organiser && `Arrangör: ${event.organiser}`,
    network && `Nätverk: ${network}`,
    goals.length > 0 && `Delmål: ${goals.join('; ')}`,
    focus.length > 0 && `${(context.focusWords ?? focusAreaWords()).Many}: ${focus.join('; ')}`,
    event.link && `Länk: ${event.link}`
  ].filter((line): line is string => typeof line === 'string' && line !== '')
  return [event.description, facts.join('\n')].filter((part) => part !== '').join('\n\n')
}

function eventLines(event: CalendarEvent, context: IcsContext): string[] {
  const timed = event.startTime !== null && event.endTime !== null
  const start = timed
    ? `DTSTART;TZID=${STOCKHOLM_TZID}:${icsDateTime(event.date, event.startTime)}`
    : `DTSTART;VALUE=DATE:${icsDateTime(event.date)}`
  // The end time is on the last day; an all-day event ends (exclusively) on the day after its last.
  const end = timed
    ? `DTEND;TZID=${STOCKHOLM_TZID}:${icsDateTime(lastDayOf(event), event.endTime)}`
    : `DTEND;VALUE=DATE:${icsDateTime(addDays(lastDayOf(event), 1))}`
  const location = event.location || event.link
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.id)}@kugghjul`,
    `DTSTAMP:${icsUtcStamp(context.now)}`,
    start,
    end,
    `SUMMARY:${escapeIcsText(event.title)}`,
    ...(location ? [`LOCATION:${escapeIcsText(location)}`] : []),
    // A URI cannot be escaped like text: a link with a line break is no link, so it is left out.
    ...(event.link && !/[\r\n]/.test(event.link) ? [`URL:${event.link}`] : []),
    `DESCRIPTION:${escapeIcsText(description(event, context))}`,
    `CATEGORIES:${escapeIcsText(eventKindLabels[event.kind])}`,
    'END:VEVENT'
  ]
}

/**
 * An iCalendar file (RFC 5545) for one event or a whole year, for Outlook and
 * other calendars: one VEVENT per event in date order, times in
 * Europe/Stockholm with its VTIMEZONE, text escaped, lines folded at 75
 * octets and ended with CRLF. Encode as UTF-8 to save (icsBytes).
 */
export function eventsToIcs(events: readonly CalendarEvent[], context: IcsContext): string {
  return joinIcsLines([
    'BEGIN:VCALENDAR',
    `PRODID:${ICS_PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(context.calendarName)}`,
    `X-WR-TIMEZONE:${STOCKHOLM_TZID}`,
    ...stockholmTimeZoneLines,
    ...[...events].sort(compareEvents).flatMap((e) => eventLines(e, context)),
    'END:VCALENDAR'
  ])
}

export function icsBytes(ics: string): Uint8Array {
  return new TextEncoder().encode(ics)
}

/** "arshjul-2026.ics" for a year, "aktivitet-2026-10-15.ics" for one event. */
export function icsFileName(what: { year: number } | { event: CalendarEvent }): string {
  return 'year' in what ? `arshjul-${what.year}.ics` : `aktivitet-${what.event.date}.ics`
}
