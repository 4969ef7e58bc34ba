import { isOneOf, type GoalNumber } from '../draft-checks'

/** The kinds of event in the årshjul, in the order the UI lists them. */
export const eventKinds = ['networkMeeting', 'training', 'briefing', 'conference', 'other'] as const
export type EventKind = (typeof eventKinds)[number]

export const eventKindLabels: Readonly<Record<EventKind, string>> = {
  networkMeeting: 'Nätverksträff',
  training: 'Utbildning',
  briefing: 'Informationspass',
  conference: 'Konferens',
  other: 'Annan'
}

export function isEventKind(value: string): value is EventKind {
  return isOneOf(eventKinds, value)
}

/**
 * An event in the county's calendar (årshjul) — the glossary's `Event`.
 * Called CalendarEvent in code because `Event` is the DOM's own type, which
 * every Vue component uses for its handlers.
 */
export interface CalendarEvent {
  id: string
  title: string
  kind: EventKind
  /** YYYY-MM-DD; the first day of an event that spans several days. */
  date: string
  /** The last day (YYYY-MM-DD, after `date`) of an event that spans several days; absent for a one-day event. */
  endDate?: string
  /** HH:MM local Swedish time (on the first day; endTime on the last), or null for an all-day event (then endTime is null too). */
  startTime: string | null
  endTime: string | null
  /** Where it is held (address, room); may be empty. */
  location: string
  /** A meeting link or web page; may be empty. */
  link: string
  description: string
  focusAreaIds: string[]
  goals: GoalNumber[]
  /** Who organises it, free text. */
  organiser: string
  invitedMemberIds: string[]
  invitedNetworkIds: string[]
  /** The network the event belongs to, if any. */
  networkId: string | null
}

export type CalendarEventFields = Omit<CalendarEvent, 'id'>

/** What the event form holds while the user types. */
export interface CalendarEventDraft {
  title: string
  kind: EventKind
  date: string
  /** '' for a one-day event. */
  endDate: string
  /** '' for an all-day event. */
  startTime: string
  endTime: string
  location: string
  link: string
  description: string
  focusAreaIds: string[]
  goals: number[]
  organiser: string
  invitedMemberIds: string[]
  invitedNetworkIds: string[]
  /** '' for none. */
  networkId: string
}

export function emptyCalendarEventDraft(date: string, kind: EventKind = 'networkMeeting'): CalendarEventDraft {
  return {
    title: '',
    kind,
    date,
    endDate: '',
    startTime: '',
    endTime: '',
    location: '',
    link: '',
    description: '',
    focusAreaIds: [],
    goals: [],
    organiser: '',
    invitedMemberIds: [],
    invitedNetworkIds: [],
    networkId: ''
  }
}

export function calendarEventToDraft(event: CalendarEvent): CalendarEventDraft {
  const { id: _id, ...fields } = event
  return {
    ...fields,
    endDate: event.endDate ?? '',
    startTime: event.startTime ?? '',
    endTime: event.endTime ?? '',
    focusAreaIds: [...event.focusAreaIds],
    goals: [...event.goals],
    invitedMemberIds: [...event.invitedMemberIds],
    invitedNetworkIds: [...event.invitedNetworkIds],
    networkId: event.networkId ?? ''
  }
}

/** The last day of an event: its end date, or its date for a one-day event. */
export function lastDayOf(event: Pick<CalendarEvent, 'date' | 'endDate'>): string {
  return event.endDate && event.endDate > event.date ? event.endDate : event.date
}

/** "2026-03-12" or "2026-03-12 – 2026-03-14", for tables and lists. */
export function eventDates(event: Pick<CalendarEvent, 'date' | 'endDate'>): string {
  return event.endDate ? `${event.date} – ${event.endDate}` : event.date
}

/** By date, then start time (all-day first), then title. */
export function compareEvents(a: CalendarEvent, b: CalendarEvent): number {
  return (
    a.date.localeCompare(b.date) ||
    (a.startTime ?? '').localeCompare(b.startTime ?? '') ||
    a.title.localeCompare(b.title, 'sv')
  )
}
