import { isOneOf, type GoalNumber } from '../draft-checks'
import type { Perspective } from '../perspectives'

/** Action statuses, in the order an action normally moves through them. */
export const actionStatuses = ['planned', 'inProgress', 'done', 'cancelled'] as const
export type ActionStatus = (typeof actionStatuses)[number]

export const actionStatusLabels: Readonly<Record<ActionStatus, string>> = {
  planned: 'Planerad',
  inProgress: 'Pågår',
  done: 'Genomförd',
  cancelled: 'Inställd'
}

export function isActionStatus(value: string): value is ActionStatus {
  return isOneOf(actionStatuses, value)
}

/** A dated note on how an action is going (lägesanteckning). */
export interface ProgressNote {
  id: string
  date: string
  text: string
}

/**
 * A link from an action to an imported statistics series and a target for
 * it, e.g. share of women among managers, 50 by 2027. Empty (null) until
 * statistics exist.
 */
export interface StatisticsTarget {
  datasetId: string
  measure: string
  regionCode: string
  sex: 'women' | 'men' | 'total' | null
  targetValue: number
  targetYear: number
}

/** An action (insats) in a member's action plan. */
export interface Action {
  id: string
  actionPlanId: string
  /** Copied from the plan, so a member's or a period's actions are one index lookup. */
  memberId: string
  periodId: string
  title: string
  description: string
  /** One or more national sub-goals, 1–6 in order. */
  goals: GoalNumber[]
  focusAreaIds: string[]
  /** Perspectives of the county's strategy (perspectives.ts); absent on actions saved before they existed. */
  perspectives?: Perspective[]
  /** Who is responsible at the member, free text. */
  responsible: string
  startDate: string
  /** null when no due date is agreed. */
  dueDate: string | null
  status: ActionStatus
  /** Oldest first. */
  progressNotes: ProgressNote[]
  statisticsTarget: StatisticsTarget | null
}

/** What the action form holds while the user types; notes are added one at a time. */
export interface ActionDraft {
  title: string
  description: string
  goals: number[]
  focusAreaIds: string[]
  perspectives: Perspective[]
  responsible: string
  startDate: string
  /** '' for none. */
  dueDate: string
  status: ActionStatus
  statisticsTarget: StatisticsTarget | null
}

export function emptyActionDraft(startDate: string): ActionDraft {
  return {
    title: '',
    description: '',
    goals: [],
    focusAreaIds: [],
    perspectives: [],
    responsible: '',
    startDate,
    dueDate: '',
    status: 'planned',
    statisticsTarget: null
  }
}

export function actionToDraft(action: Action): ActionDraft {
  return {
    title: action.title,
    description: action.description,
    goals: [...action.goals],
    focusAreaIds: [...action.focusAreaIds],
    perspectives: [...(action.perspectives ?? [])],
    responsible: action.responsible,
    startDate: action.startDate,
    dueDate: action.dueDate ?? '',
    status: action.status,
    statisticsTarget: action.statisticsTarget ? { ...action.statisticsTarget } : null
  }
}

/** Planned or in progress with its due date passed. */
export function isActionLate(action: Action, today: string): boolean {
  return (
    (action.status === 'planned' || action.status === 'inProgress') && action.dueDate !== null && action.dueDate < today
  )
}
