import { emptyActionDraft, type Action, type ActionDraft, type ActionStatus } from '@/domain/action-plans/action'
import type { ActionPlan } from '@/domain/action-plans/action-plan'
import type { GoalNumber } from '@/domain/draft-checks'

export const today = '2026-11-23'

export function plan(overrides: Partial<ActionPlan> = {}): ActionPlan {
  return {
    id: 'plan1',
    memberId: 'm1',
    periodId: 'p1',
    ambitionLevel: 'advanced',
    ambition: 'Två insatser per år.',
    status: 'draft',
    establishedOn: null,
    ...overrides
  }
}

export function actionDraft(overrides: Partial<ActionDraft> = {}): ActionDraft {
  return {
    ...emptyActionDraft('2026-09-01'),
    title: 'Lönekartläggning med könsperspektiv',
    goals: [2],
    responsible: 'HR-chefen',
    dueDate: '2027-06-30',
    ...overrides
  }
}

let n = 0
export function action(status: ActionStatus, goals: GoalNumber[], overrides: Partial<Action> = {}): Action {
  n++
  return {
    id: `a${n}`,
    actionPlanId: 'plan1',
    memberId: 'm1',
    periodId: 'p1',
    title: `Insats ${n}`,
    description: '',
    goals,
    focusAreaIds: [],
    responsible: '',
    startDate: '2026-01-01',
    dueDate: null,
    status,
    progressNotes: [],
    statisticsTarget: null,
    ...overrides
  }
}
