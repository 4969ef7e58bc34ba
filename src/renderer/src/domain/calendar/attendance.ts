import { compactErrors, hasErrors } from '../draft-checks'
import type { CalendarEvent } from './calendar-event'

/**
 * How many took part, split by sex. The total is never stored: it is always
 * women + men + otherOrNotStated (attendanceTotal), so it cannot disagree.
 */
export interface ParticipantCounts {
  women: number
  men: number
  /** Annat eller ej angivet. */
  otherOrNotStated: number
}

/** A member's participation in one event (deltagande); one per event and member. */
export interface Attendance extends ParticipantCounts {
  id: string
  eventId: string
  memberId: string
}

export const participantCountLabels: Readonly<Record<keyof ParticipantCounts, string>> = {
  women: 'Kvinnor',
  men: 'Män',
  otherOrNotStated: 'Annat eller ej angivet'
}

export function attendanceTotal(counts: ParticipantCounts): number {
  return counts.women + counts.men + counts.otherOrNotStated
}

/** What the form holds: numbers as typed; '' counts as 0. */
export type AttendanceDraft = Record<keyof ParticipantCounts, string | number>
export type AttendanceErrors = Partial<Record<keyof ParticipantCounts | 'event', string>>

const MAX_COUNT = 100_000

function countOf(value: string | number, label: string): { value: number; error?: string } {
  const text = String(value).trim().replace(/\s/g, '')
  if (text === '') return { value: 0 }
  if (!/^\d+$/.test(text)) return { value: 0, error: `Ange antalet ${label} som ett heltal, 0 eller mer.` }
  const n = Number(text)
  return n > MAX_COUNT ? { value: 0, error: `Antalet ${label} kan vara högst ${MAX_COUNT}. Kontrollera siffran.` } : { value: n }
}

/**
 * Checks attendance for an event: whole numbers, at least one participant,
 * and only for an event that has taken place (its date is not after today).
 */
export function validateAttendanceDraft(
  draft: AttendanceDraft,
  event: CalendarEvent,
  today: string
): { ok: true; counts: ParticipantCounts } | { ok: false; errors: AttendanceErrors } {
  const women = countOf(draft.women, 'kvinnor')
  const men = countOf(draft.men, 'män')
  const other = countOf(draft.otherOrNotStated, 'med annat eller ej angivet kön')
  const errors = compactErrors<keyof AttendanceErrors>({
    women: women.error,
    men: men.error,
    otherOrNotStated: other.error,
    event: event.date > today ? `Aktiviteten äger rum ${event.date}. Registrera deltagandet när den har ägt rum.` : undefined
  })
  const counts = { women: women.value, men: men.value, otherOrNotStated: other.value }
  if (!hasErrors(errors) && attendanceTotal(counts) === 0)
    errors.women = 'Ange hur många som deltog (minst en person), eller ta bort verksamhetens deltagande.'
  return hasErrors(errors) ? { ok: false, errors } : { ok: true, counts }
}
