import { actionStatuses, type Action, type ActionStatus } from '../action-plans/action'
import { ambitionLevels, type ActionPlan } from '../action-plans/action-plan'
import type { GoalNumber } from '../draft-checks'
import { dialogueKinds, type Dialogue } from '../dialogues/dialogue'
import { resolveDialoguePeriod } from '../dialogues/dialogue-validation'
import { groupBy } from '../group-by'
import { addDays, daysBetween } from '../iso-date'
import type { Member } from '../members/member'
import type { MembershipPeriod } from '../members/membership-period'
import { givenNames, surnames } from './organisation-names'
import { actionTitles, agreements, needs, participantRoles, progressTexts, responsibleRoles } from './member-work-texts'
import type { SeededRandom } from './seeded-random'

/**
 * Dialogues, action plans and actions for a generated member register (see
 * member-generator.ts), in exact numbers, so the benchmark can build 1,000
 * members with 10,000 dialogues and 5,000 actions. No date lies after today
 * except planned starts and due dates.
 */
export interface MemberWorkOptions {
  members: readonly Member[]
  periods: readonly MembershipPeriod[]
  today: string
  focusAreaIds: readonly string[]
  dialogueCount: number
  actionCount: number
}

function dateBetween(rng: SeededRandom, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))))
}

function someOf<T>(rng: SeededRandom, items: readonly T[], min: number, max: number): T[] {
  const wanted = Math.min(items.length, rng.int(min, max))
  const chosen = new Set<T>()
  while (chosen.size < wanted) chosen.add(rng.pick(items))
  return [...chosen]
}

const goalNumbers: readonly GoalNumber[] = [1, 2, 3, 4, 5, 6]

export function generateDialogues(rng: SeededRandom, options: MemberWorkOptions): Dialogue[] {
  const periodsOf = groupBy(options.periods, (p) => p.memberId)
  const withPeriods = options.members.filter((m) => periodsOf.has(m.id))
  if (withPeriods.length === 0) return []
  const dialogues: Dialogue[] = []
  for (let i = 0; i < options.dialogueCount; i++) {
    const member = withPeriods[i < withPeriods.length ? i : rng.int(0, withPeriods.length - 1)]!
    const periods = periodsOf.get(member.id)!
    const first = periods.reduce((a, b) => (a.startDate < b.startDate ? a : b))
    const date = dateBetween(rng, addDays(first.startDate, -30), options.today)
    dialogues.push({
      id: rng.uuid(),
      memberId: member.id,
      periodId: resolveDialoguePeriod(periods, date)!.id,
      date,
      status: 'held',
      kind: rng.pick(dialogueKinds),
      participants: Array.from({ length: rng.int(1, 4) }, () => ({
        name: `${rng.pick(givenNames)} ${rng.pick(surnames)}`,
        role: rng.pick(participantRoles)
      })),
      needs: rng.pick(needs),
      agreements: rng.pick(agreements),
      goals: someOf(rng, goalNumbers, 0, 3).sort(),
      focusAreaIds: someOf(rng, options.focusAreaIds, 0, 2),
      nextFollowUpOn: rng.chance(0.7) ? addDays(date, rng.int(30, 120)) : null
    })
  }
  return dialogues
}

/** A plan for most periods that have started; established ones are decided a month or more after the decision. */
export function generatePlans(rng: SeededRandom, options: MemberWorkOptions): ActionPlan[] {
  return options.periods
    .filter((p) => p.startDate <= options.today && rng.chance(0.8))
    .map((period) => {
      const establishedOn = addDays(period.decisionDate, rng.int(30, 120))
      const established = establishedOn <= options.today && rng.chance(0.7)
      return {
        id: rng.uuid(),
        memberId: period.memberId,
        periodId: period.id,
        ambitionLevel: rng.pick(ambitionLevels),
        ambition: 'Insatser i den takt som överenskoms i dialogen, med uppföljning två gånger per år.',
        status: established ? 'established' : 'draft',
        establishedOn: established ? establishedOn : null
      }
    })
}

function statusFor(rng: SeededRandom, startDate: string, today: string): ActionStatus {
  if (startDate > today) return rng.chance(0.95) ? 'planned' : 'cancelled'
  return rng.pick(actionStatuses)
}

/** Exactly `actionCount` actions; every established plan gets one first, so the status rule holds. */
export function generateActions(rng: SeededRandom, options: MemberWorkOptions, plans: readonly ActionPlan[]): Action[] {
  if (plans.length === 0) return []
  const periodById = new Map(options.periods.map((p) => [p.id, p]))
  const established = plans.filter((p) => p.status === 'established')
  const actions: Action[] = []
  for (let i = 0; i < options.actionCount; i++) {
    const plan = i < established.length ? established[i]! : rng.pick(plans)
    const period = periodById.get(plan.periodId)!
    const startDate = dateBetween(rng, period.startDate, addDays(period.endDate, -90))
    const status = statusFor(rng, startDate, options.today)
    const notes = status === 'planned' || startDate > options.today ? 0 : rng.int(0, 3)
    actions.push({
      id: rng.uuid(),
      actionPlanId: plan.id,
      memberId: plan.memberId,
      periodId: plan.periodId,
      title: rng.pick(actionTitles),
      description: '',
      goals: someOf(rng, goalNumbers, 1, 3).sort(),
      focusAreaIds: someOf(rng, options.focusAreaIds, 0, 2),
      responsible: rng.pick(responsibleRoles),
      startDate,
      dueDate: rng.chance(0.8) ? addDays(startDate, rng.int(90, 540)) : null,
      status,
      progressNotes: Array.from({ length: notes }, () => ({
        id: rng.uuid(),
        date: dateBetween(rng, startDate, options.today),
        text: rng.pick(progressTexts)
      })).sort((a, b) => a.date.localeCompare(b.date)),
      statisticsTarget: null
    })
  }
  return actions
}
