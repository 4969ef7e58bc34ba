import type { Action } from '@/domain/action-plans/action'
import { actionToDraft } from '@/domain/action-plans/action'
import { actionPlanToDraft, type ActionPlan } from '@/domain/action-plans/action-plan'
import { validateActionPlanDraft } from '@/domain/action-plans/action-plan-rules'
import { validateActionDraft, validateProgressNote } from '@/domain/action-plans/action-validation'
import { validateAttendanceDraft, validateNonMemberAttendanceDraft } from '@/domain/calendar/attendance'
import type { Attendance, NonMemberAttendance } from '@/domain/calendar/attendance'
import { calendarEventToDraft, type CalendarEvent } from '@/domain/calendar/calendar-event'
import { validateEventDraft } from '@/domain/calendar/event-validation'
import { dialogueToDraft, type Dialogue } from '@/domain/dialogues/dialogue'
import { validateDialogueDraft } from '@/domain/dialogues/dialogue-validation'
import { evaluationToDraft, type Evaluation } from '@/domain/evaluation/evaluation'
import { validateEvaluationDraft } from '@/domain/evaluation/evaluation-validation'
import { memberToDraft, type Member } from '@/domain/members/member'
import { normaliseWebsite, validateMemberDraft } from '@/domain/members/member-validation'
import { storedPeriodProblem, type MembershipPeriod } from '@/domain/members/membership-period'
import { networkToDraft, validateNetworkDraft, type Network } from '@/domain/networks/network'
import { ANY_DAY, firstProblem, type RecordRule, type RestoreContext } from './restore-context'

/**
 * The form rules (see record-rules.ts) of the member register and the member
 * work: each record is turned into what its form would hold and checked by the
 * form's own validator, with the rest of the backup as the form's context
 * (the county profile's focus areas, the member's periods, the event).
 */
type Rule<T> = (record: T, context: RestoreContext) => string | null

const rule = <T>(check: Rule<T>): RecordRule => check as unknown as RecordRule

/** What the form's validator said: null when the record passes, else its first message. */
function verdict(result: { ok: true } | { ok: false; errors: object }): string | null {
  return result.ok ? null : firstProblem(result.errors)
}

const members: Rule<Member> = (member) => verdict(validateMemberDraft(memberToDraft(member)))

const membershipPeriods: Rule<MembershipPeriod> = (period, context) => {
  const previous = context.periodsOfMember.get(period.memberId)?.find((p) => p.number === period.number - 1)
  return storedPeriodProblem(period, previous, ANY_DAY) ?? null
}

const dialogues: Rule<Dialogue> = (dialogue, context) =>
  verdict(
    validateDialogueDraft(dialogueToDraft(dialogue), {
      today: ANY_DAY,
      periods: context.periodsOfMember.get(dialogue.memberId) ?? [],
      focusAreas: context.profile.focusAreas,
      existing: dialogue
    })
  )

const actionPlans: Rule<ActionPlan> = (plan) => verdict(validateActionPlanDraft(actionPlanToDraft(plan)))

const actions: Rule<Action> = (action, context) => {
  const checked = validateActionDraft(actionToDraft(action), {
    focusAreas: context.profile.focusAreas,
    focusAreaTerm: context.profile.focusAreaTerm,
    // The profile may have made a delmål optional, or required, after the action was saved: ask for the weaker tie.
    nationalGoalRequired: false,
    today: ANY_DAY,
    existing: action
  })
  if (!checked.ok) return firstProblem(checked.errors)
  for (const note of action.progressNotes) {
    const problem = verdict(validateProgressNote(note, ANY_DAY))
    if (problem) return `anteckningen ${note.date}: ${problem}`
  }
  return null
}

/** The event form's rules, and a link exactly as the form stores it (nothing the .ics writer could misread). */
const events: Rule<CalendarEvent> = (event, context) => {
  if (/[\r\n]/.test(event.title)) return 'aktivitetens namn har en radbrytning'
  const problem = verdict(
    validateEventDraft(calendarEventToDraft(event), {
      today: ANY_DAY,
      focusAreas: context.profile.focusAreas,
      existing: event
    })
  )
  if (problem) return problem
  return normaliseWebsite(event.link) === event.link ? null : 'länken är ingen webbadress som formuläret godtar'
}

const attendance: Rule<Attendance> = (row, context) => {
  const event = context.events.get(row.eventId)
  return event ? verdict(validateAttendanceDraft(row, event, ANY_DAY)) : null
}

const nonMemberAttendance: Rule<NonMemberAttendance> = (row, context) => {
  const event = context.events.get(row.eventId)
  return event ? verdict(validateNonMemberAttendanceDraft(row, event, ANY_DAY)) : null
}

const networks: Rule<Network> = (network) => verdict(validateNetworkDraft(networkToDraft(network)))

/** As the evaluation form saves a draft; a completed one's decision is already a period (or an ending) checked above. */
const evaluations: Rule<Evaluation> = (evaluation, context) => {
  const period = context.periods.get(evaluation.periodId)
  if (!period) return null
  const periods = context.periodsOfMember.get(evaluation.memberId) ?? []
  const draftContext = { subjects: [], period, periods, today: ANY_DAY }
  return verdict(validateEvaluationDraft(evaluationToDraft(evaluation), draftContext, 'draft'))
}

export const memberWorkRecordRules: Readonly<Record<string, RecordRule>> = {
  members: rule(members),
  membershipPeriods: rule(membershipPeriods),
  dialogues: rule(dialogues),
  actionPlans: rule(actionPlans),
  actions: rule(actions),
  events: rule(events),
  attendance: rule(attendance),
  nonMemberAttendance: rule(nonMemberAttendance),
  networks: rule(networks),
  evaluations: rule(evaluations)
}
