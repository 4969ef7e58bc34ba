import { monthNames } from '../swedish-format'
import { compareEvents, type CalendarEvent } from './calendar-event'

export interface MonthOfEvents {
  /** 1–12. */
  month: number
  name: (typeof monthNames)[number]
  /** In date and time order. */
  events: CalendarEvent[]
}

/** The årshjul: all twelve months of `year`, each with its events (empty months too). */
export function eventsByMonth(events: readonly CalendarEvent[], year: number): MonthOfEvents[] {
  const prefix = `${year.toString().padStart(4, '0')}-`
  const months: MonthOfEvents[] = monthNames.map((name, i) => ({ month: i + 1, name, events: [] }))
  for (const e of events) if (e.date.startsWith(prefix)) months[Number(e.date.slice(5, 7)) - 1]!.events.push(e)
  for (const m of months) m.events.sort(compareEvents)
  return months
}

/** The events of one year, in order (the list view and the exports). */
export function eventsOfYear(events: readonly CalendarEvent[], year: number): CalendarEvent[] {
  return eventsByMonth(events, year).flatMap((m) => m.events)
}
