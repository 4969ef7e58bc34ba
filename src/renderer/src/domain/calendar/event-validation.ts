import type { FocusArea } from '../county-profile'
import { focusAreaWords, type FocusAreaTerm } from '../county-words'
import {
  compactErrors,
  dateProblem,
  hasErrors,
  lengthProblem,
  normaliseFocusAreaIds,
  normaliseGoals
} from '../draft-checks'
import { isIsoDate } from '../iso-date'
import { normaliseWebsite } from '../members/member-validation'
import { isEventKind, type CalendarEvent, type CalendarEventDraft, type CalendarEventFields } from './calendar-event'

/**
 * Event rules (årshjul):
 *
 * - Title, kind and date are required; events may lie in the past or the future.
 * - An event may span several days: the end date is optional and not before
 *   the date; the same day as the date means a one-day event.
 * - Either both start and end time (HH:MM; on a one-day event the end after
 *   the start; on several days the start on the first, the end on the last)
 *   or neither: an all-day event.
 * - A link is a web address; "www.…" gets https:// in front.
 * - Invited members and networks must exist; the repository checks that.
 */

export type EventField = keyof CalendarEventDraft
export type EventErrors = Partial<Record<EventField, string>>
export type EventResult = { ok: true; fields: CalendarEventFields } | { ok: false; errors: EventErrors }

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/
const MAX_TITLE = 200
const MAX_TEXT = 10_000

/** "9:05" or "0905" → "09:05"; undefined when it is not a time of day. */
export function normaliseTime(input: string): string | undefined {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(input.trim())
  if (!match) return undefined
  const time = `${match[1]!.padStart(2, '0')}:${match[2]}`
  return TIME.test(time) ? time : undefined
}

function timeErrors(
  startInput: string,
  endInput: string,
  severalDays: boolean
): { start: string | null; end: string | null; errors: EventErrors } {
  const startText = startInput.trim()
  const endText = endInput.trim()
  if (startText === '' && endText === '') return { start: null, end: null, errors: {} }
  const start = normaliseTime(startText)
  const end = normaliseTime(endText)
  const errors: EventErrors = {}
  if (startText === '' || endText === '') {
    const missing = startText === '' ? 'startTime' : 'endTime'
    errors[missing] = 'Ange både start- och sluttid, eller lämna båda tomma för en heldagsaktivitet.'
  }
  if (startText !== '' && !start) errors.startTime = 'Ange starttiden som TT:MM, t.ex. 09:30.'
  if (endText !== '' && !end) errors.endTime = 'Ange sluttiden som TT:MM, t.ex. 12:00.'
  if (start && end && end <= start && !severalDays) errors.endTime = `Sluttiden måste vara efter starttiden ${start}.`
  return { start: start ?? null, end: end ?? null, errors }
}

export function validateEventDraft(
  draft: CalendarEventDraft,
  context: { today: string; focusAreas: readonly FocusArea[]; focusAreaTerm?: FocusAreaTerm; existing?: CalendarEvent }
): EventResult {
  const title = draft.title.trim()
  const date = draft.date.trim()
  const location = draft.location.trim()
  const link = normaliseWebsite(draft.link.trim())
  const description = draft.description.trim()
  const organiser = draft.organiser.trim()
  const goals = normaliseGoals(draft.goals)
  const focus = normaliseFocusAreaIds(
    draft.focusAreaIds,
    context.focusAreas,
    context.existing?.focusAreaIds,
    focusAreaWords(context.focusAreaTerm)
  )
  const endDate = draft.endDate.trim()
  const severalDays = endDate > date && isIsoDate(endDate)
  const times = timeErrors(draft.startTime, draft.endTime, severalDays)
  const year = Number(date.slice(0, 4))
  const errors: EventErrors = {
    ...compactErrors<EventField>({
      title:
        title === ''
          ? 'Ange aktivitetens namn, t.ex. "Nätverksträff våld i nära relationer".'
          : lengthProblem(title, MAX_TITLE, 'namnet'),
      kind: isEventKind(draft.kind) ? undefined : 'Välj vilken sorts aktivitet det är.',
      date:
        dateProblem(date, 'datum', context.today) ??
        (year < 2000 || year > 2100 ? 'Datumet måste ligga mellan år 2000 och 2100.' : undefined),
      endDate:
        endDate === ''
          ? undefined
          : (dateProblem(endDate, 'slutdatum', context.today) ??
            (endDate < date ? `Slutdatumet kan inte vara före aktivitetens första dag ${date}.` : undefined)),
      location: lengthProblem(location, 300, 'platsen'),
      link:
        link === undefined
          ? 'Länken ser inte ut som en webbadress. Skriv den som t.ex. https://teams.microsoft.com/… eller lämna fältet tomt.'
          : lengthProblem(link, 2000, 'länken'),
      description: lengthProblem(description, MAX_TEXT, 'beskrivningen'),
      organiser: lengthProblem(organiser, MAX_TITLE, 'arrangören'),
      goals: goals.error,
      focusAreaIds: focus.error
    }),
    ...times.errors
  }
  if (hasErrors(errors)) return { ok: false, errors }
  return {
    ok: true,
    fields: {
      title,
      kind: draft.kind,
      date,
      // Undefined rather than left out, so an edit from several days to one clears the stored end date.
      endDate: severalDays ? endDate : undefined,
      startTime: times.start,
      endTime: times.end,
      location,
      link: link ?? '',
      description,
      focusAreaIds: focus.ids,
      goals: goals.goals,
      organiser,
      invitedMemberIds: [...new Set(draft.invitedMemberIds)],
      invitedNetworkIds: [...new Set(draft.invitedNetworkIds)],
      networkId: draft.networkId === '' ? null : draft.networkId
    }
  }
}
