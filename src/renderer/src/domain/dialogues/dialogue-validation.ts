import type { FocusArea } from '../county-profile'
import { focusAreaWords, type FocusAreaTerm } from '../county-words'
import {
  compactErrors,
  dateProblem,
  hasErrors,
  isOneOf,
  lengthProblem,
  normaliseFocusAreaIds,
  normaliseGoals
} from '../draft-checks'
import type { MembershipPeriod } from '../members/membership-period'
import { normalisePerspectives } from '../perspectives'
import { dialogueStatuses, isDialogueKind, type Dialogue, type DialogueDraft, type Participant } from './dialogue'

export type DialogueField =
  'periodId' | 'date' | 'status' | 'kind' | 'needs' | 'agreements' | 'goals' | 'focusAreaIds' | 'nextFollowUpOn'
/** Swedish messages per field; `participants` is keyed by the row's index in the draft. */
export type DialogueErrors = Partial<Record<DialogueField, string>> & { participants?: Record<number, string> }

/** The stored fields of a valid dialogue; id and memberId are the repository's. */
export type DialogueFields = Omit<Dialogue, 'id' | 'memberId'>
export type DialogueResult = { ok: true; fields: DialogueFields } | { ok: false; errors: DialogueErrors }

export interface DialogueContext {
  today: string
  /** The member's periods; the dialogue must belong to one of them. */
  periods: readonly MembershipPeriod[]
  /** The county profile's focus areas, and what the county calls them (for messages). */
  focusAreas: readonly FocusArea[]
  focusAreaTerm?: FocusAreaTerm
  /** The dialogue as stored, when editing (its focus areas stay allowed). */
  existing?: Dialogue
}

const MAX_LONG_TEXT = 10_000
const MAX_NAME = 200
const MAX_PARTICIPANTS = 50

/**
 * The period a dialogue on `date` belongs to when none is chosen: the one
 * that covers the date (the latest, if an early renewal overlaps), else the
 * next one to start (a dialogue before the decision prepares period 1), else
 * the latest.
 */
export function resolveDialoguePeriod(
  periods: readonly MembershipPeriod[],
  date: string
): MembershipPeriod | undefined {
  const byNumber = [...periods].sort((a, b) => b.number - a.number)
  return (
    byNumber.find((p) => p.startDate <= date && date <= p.endDate) ??
    [...byNumber].reverse().find((p) => p.startDate > date) ??
    byNumber[0]
  )
}

function validateParticipants(rows: readonly Participant[]): {
  participants: Participant[]
  errors: Record<number, string>
} {
  const participants: Participant[] = []
  const errors: Record<number, string> = {}
  rows.forEach((row, index) => {
    const name = row.name.trim()
    const role = row.role.trim()
    if (name === '' && role === '') return
    participants.push({ name, role })
    if (name === '') errors[index] = 'Ange deltagarens namn, eller ta bort raden.'
    else if (name.length > MAX_NAME || role.length > MAX_NAME)
      errors[index] = `Namn och roll får vara högst ${MAX_NAME} tecken vardera.`
  })
  if (participants.length > MAX_PARTICIPANTS)
    errors[rows.length - 1] = `En dialog kan ha högst ${MAX_PARTICIPANTS} deltagare.`
  return { participants, errors }
}

function periodProblem(
  draft: DialogueDraft,
  context: DialogueContext,
  date: string
): { periodId: string; error?: string } {
  if (context.periods.length === 0)
    return { periodId: '', error: 'Verksamheten har ingen anslutningsperiod. Registrera ledningsbeslutet först.' }
  if (draft.periodId === '') return { periodId: resolveDialoguePeriod(context.periods, date)?.id ?? '' }
  return context.periods.some((p) => p.id === draft.periodId)
    ? { periodId: draft.periodId }
    : { periodId: '', error: 'Perioden hör inte till verksamheten. Välj en av verksamhetens anslutningsperioder.' }
}

/**
 * Checks a dialogue form. A held (genomförd) dialogue may not be dated after
 * today; a planned one (booked ahead) may have any date and does not count in
 * the figures until it is marked held. The next follow-up must come after it.
 * Blank participant rows are dropped.
 */
export function validateDialogueDraft(draft: DialogueDraft, context: DialogueContext): DialogueResult {
  const { today } = context
  const date = draft.date.trim()
  const followUp = draft.nextFollowUpOn.trim()
  const needs = draft.needs.trim()
  const agreements = draft.agreements.trim()
  const goals = normaliseGoals(draft.goals)
  const focus = normaliseFocusAreaIds(
    draft.focusAreaIds,
    context.focusAreas,
    context.existing?.focusAreaIds,
    focusAreaWords(context.focusAreaTerm)
  )
  const held = draft.status === 'held'
  const dateError =
    dateProblem(date, 'dialogens datum', today) ??
    (held && date > today
      ? `Datumet ${date} ligger efter dagens datum ${today}. Välj status Planerad för en bokad dialog, eller ändra datumet.`
      : undefined)
  const period = dateError ? { periodId: '' } : periodProblem(draft, context, date)
  const participants = validateParticipants(draft.participants)
  let followUpError: string | undefined
  if (followUp !== '') {
    followUpError = dateProblem(followUp, 'datum för nästa uppföljning', today)
    if (!followUpError && !dateError && followUp <= date)
      followUpError = `Nästa uppföljning måste ligga efter dialogens datum ${date}. Välj ett senare datum eller lämna fältet tomt.`
  }
  const errors: DialogueErrors = compactErrors<DialogueField>({
    date: dateError,
    periodId: period.error,
    status: isOneOf(dialogueStatuses, draft.status) ? undefined : 'Välj om dialogen är planerad eller genomförd.',
    kind: isDialogueKind(draft.kind) ? undefined : 'Välj vilken sorts dialog det var.',
    needs: lengthProblem(needs, MAX_LONG_TEXT, 'behoven'),
    agreements: lengthProblem(agreements, MAX_LONG_TEXT, 'överenskommelserna'),
    goals: goals.error,
    focusAreaIds: focus.error,
    nextFollowUpOn: followUpError
  })
  if (hasErrors(participants.errors)) errors.participants = participants.errors
  if (hasErrors(errors)) return { ok: false, errors }
  return {
    ok: true,
    fields: {
      periodId: period.periodId,
      date,
      status: draft.status,
      kind: draft.kind,
      participants: participants.participants,
      needs,
      agreements,
      goals: goals.goals,
      focusAreaIds: focus.ids,
      perspectives: normalisePerspectives(draft.perspectives),
      nextFollowUpOn: followUp === '' ? null : followUp
    }
  }
}
