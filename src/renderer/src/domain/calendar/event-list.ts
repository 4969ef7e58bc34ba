import { matchesWords, searchText, searchWords } from '../list-search'
import { compareSwedish } from '../swedish-format'
import { compareEvents, eventKindLabels, type CalendarEvent } from './calendar-event'

/** The list view's filters; '' means all. */
export interface EventListFilter {
  kind: string
  networkId: string
  focusAreaId: string
  /** Words that must all occur in the title, place or organiser. */
  query?: string
  /** '01'–'12': events starting in that month of the year shown. */
  month?: string
}
export type EventSortKey = 'date' | 'title' | 'kind' | 'network' | 'participants'
export interface EventSort {
  key: EventSortKey
  direction: 'asc' | 'desc'
}

/** An event as a list row: the names and sums the table shows and sorts by. */
export interface EventRow {
  event: CalendarEvent
  networkName: string
  /** Participants in total, or null when no attendance is registered. */
  participants: number | null
}

/** Events matching every filter: kind, network (its own or invited), focus area, month and search words. */
export function filterEvents(events: readonly CalendarEvent[], filter: EventListFilter): CalendarEvent[] {
  const words = searchWords(filter.query ?? '')
  return events.filter(
    (e) =>
      (!filter.month || e.date.slice(5, 7) === filter.month) &&
      matchesWords(searchText([e.title, e.location, e.organiser]), words) &&
      (filter.kind === '' || e.kind === filter.kind) &&
      (filter.networkId === '' || e.networkId === filter.networkId || e.invitedNetworkIds.includes(filter.networkId)) &&
      (filter.focusAreaId === '' || e.focusAreaIds.includes(filter.focusAreaId))
  )
}

const byKey: Record<EventSortKey, (a: EventRow, b: EventRow) => number> = {
  date: (a, b) => compareEvents(a.event, b.event),
  title: (a, b) => compareSwedish(a.event.title, b.event.title),
  kind: (a, b) => compareSwedish(eventKindLabels[a.event.kind], eventKindLabels[b.event.kind]),
  network: (a, b) => compareSwedish(a.networkName, b.networkName),
  participants: (a, b) => (a.participants ?? -1) - (b.participants ?? -1)
}

/** Sorted by the key, ties in date order; descending reverses the key only. */
export function sortEventRows(rows: readonly EventRow[], sort: EventSort): EventRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => sign * byKey[sort.key](a, b) || compareEvents(a.event, b.event))
}
