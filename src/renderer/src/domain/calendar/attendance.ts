import { compactErrors, hasErrors } from '../draft-checks'
import { formatNumber } from '../swedish-format'
import type { CalendarEvent } from './calendar-event'

/**
 * How many took part, in the four groups Jämställdhetsmyndigheten's follow-up
 * uses. The total is never stored: it is always the sum of the four
 * (attendanceTotal), so it cannot disagree.
 */
export interface ParticipantCounts {
  women: number
  men: number
  /** Ickebinär eller annan könsidentitet. */
  nonBinary: number
  /** Uppgift saknas: nobody knows (before schema version 8 mixed with "annat"). */
  unknown: number
}

/** The four groups in the order every table and form shows them. */
export const participantGroups = [
  'women',
  'men',
  'nonBinary',
  'unknown'
] as const satisfies readonly (keyof ParticipantCounts)[]

/** A member's participation in one event (deltagande); one per event and member. */
export interface Attendance extends ParticipantCounts {
  id: string
  eventId: string
  memberId: string
}

export const participantCountLabels: Readonly<Record<keyof ParticipantCounts, string>> = {
  women: 'Kvinnor',
  men: 'Män',
  nonBinary: 'Ickebinär/annan könsidentitet',
  unknown: 'Uppgift saknas'
}

export function attendanceTotal(counts: ParticipantCounts): number {
  return counts.women + counts.men + counts.nonBinary + counts.unknown
}

/** "7 kvinnor, 3 män, 0 ickebinära/annan könsidentitet, 1 uppgift saknas", for running text and the audit log. */
export function countsInWords(c: ParticipantCounts): string {
  return `${formatNumber(c.women)} kvinnor, ${formatNumber(c.men)} män, ${formatNumber(c.nonBinary)} ickebinära/annan könsidentitet, ${formatNumber(c.unknown)} uppgift saknas`
}

export const noParticipants = (): ParticipantCounts => ({ women: 0, men: 0, nonBinary: 0, unknown: 0 })

/**
 * People at an open event who belong to no member organisation, counted apart
 * from the members' attendance. An event can have several such rows (one per
 * organisation named, or one with no organisation).
 */
export interface NonMemberAttendance extends ParticipantCounts {
  id: string
  eventId: string
  /** Free text, '' when not given. */
  organisation: string
}

export const MAX_ORGANISATION_LENGTH = 200

/** What the form holds: numbers as typed; '' counts as 0. */
export type AttendanceDraft = Record<keyof ParticipantCounts, string | number>
export type AttendanceErrors = Partial<Record<keyof ParticipantCounts | 'event', string>>

const MAX_COUNT = 100_000

function countOf(value: string | number, label: string): { value: number; error?: string } {
  const text = String(value).trim().replace(/\s/g, '')
  if (text === '') return { value: 0 }
  if (!/^\d+$/.test(text)) return { value: 0, error: `Ange antalet ${label} som ett heltal, 0 eller mer.` }
  const n = Number(text)
  return n > MAX_COUNT
    ? { value: 0, error: `Antalet ${label} kan vara högst ${MAX_COUNT}. Kontrollera siffran.` }
    : { value: n }
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
  const nonBinary = countOf(draft.nonBinary, 'ickebinära eller med annan könsidentitet')
  const unknown = countOf(draft.unknown, 'där uppgift om kön saknas')
  const errors = compactErrors<keyof AttendanceErrors>({
    women: women.error,
    men: men.error,
    nonBinary: nonBinary.error,
    unknown: unknown.error,
    event:
      event.date > today ? `Aktiviteten äger rum ${event.date}. Registrera deltagandet när den har ägt rum.` : undefined
  })
  const counts = { women: women.value, men: men.value, nonBinary: nonBinary.value, unknown: unknown.value }
  if (!hasErrors(errors) && attendanceTotal(counts) === 0)
    errors.women = 'Ange hur många som deltog (minst en person), eller ta bort raden.'
  return hasErrors(errors) ? { ok: false, errors } : { ok: true, counts }
}

/** Checks the non-member form: the same counts as a member's attendance, and an optional organisation. */
export function validateNonMemberAttendanceDraft(
  draft: AttendanceDraft & { organisation: string },
  event: CalendarEvent,
  today: string
):
  | { ok: true; organisation: string; counts: ParticipantCounts }
  | { ok: false; errors: AttendanceErrors & { organisation?: string } } {
  const organisation = draft.organisation.trim()
  const result = validateAttendanceDraft(draft, event, today)
  const tooLong =
    organisation.length > MAX_ORGANISATION_LENGTH
      ? `Organisationens namn får vara högst ${MAX_ORGANISATION_LENGTH} tecken. Korta det.`
      : undefined
  if (!result.ok || tooLong)
    return { ok: false, errors: { ...(result.ok ? {} : result.errors), ...(tooLong ? { organisation: tooLong } : {}) } }
  return { ok: true, organisation, counts: result.counts }
}
