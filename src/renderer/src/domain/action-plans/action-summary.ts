import { nationalGoals, type NationalGoal } from '../national-goals'
import { isActionLate, type Action, type ActionStatus } from './action'

export type ActionStatusCounts = Record<ActionStatus, number> & { total: number }

export interface GoalActions {
  goal: NationalGoal
  /** Sorted by start date, then title. */
  actions: Action[]
  counts: ActionStatusCounts
  /** Planned or in progress with the due date passed. */
  late: number
}

export function emptyStatusCounts(): ActionStatusCounts {
  return { planned: 0, inProgress: 0, done: 0, cancelled: 0, total: 0 }
}

export function countByStatus(actions: readonly Action[]): ActionStatusCounts {
  const counts = emptyStatusCounts()
  for (const a of actions) {
    counts[a.status]++
    counts.total++
  }
  return counts
}

const byStartThenTitle = (a: Action, b: Action) =>
  a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title, 'sv')

/**
 * Actions grouped by national sub-goal, all six goals in order (empty ones
 * too, so tables keep their rows). An action tied to several goals appears
 * under each of them, so the goals' totals may add up to more than the number
 * of actions.
 */
export function actionsByGoal(actions: readonly Action[], today: string): GoalActions[] {
  return nationalGoals.map((goal) => {
    const tied = actions.filter((a) => a.goals.includes(goal.number)).sort(byStartThenTitle)
    return { goal, actions: tied, counts: countByStatus(tied), late: tied.filter((a) => isActionLate(a, today)).length }
  })
}

export interface PlanGoalSection extends GoalActions {
  /** Tied to this goal and to an earlier one, under which they are shown (each action is shown once). */
  sharedWithEarlier: Action[]
}

/**
 * The plan's sections per delmål, each action shown once: under the first of
 * its goals, while a later goal's section names it as shared. The counts stay
 * per goal (an action tied to two goals counts in both), as in the report.
 * Goals without actions are left out.
 */
export function planGoalSections(actions: readonly Action[], today: string): PlanGoalSection[] {
  return actionsByGoal(actions, today)
    .filter((g) => g.actions.length > 0)
    .map((g) => ({
      ...g,
      actions: g.actions.filter((a) => a.goals[0] === g.goal.number),
      sharedWithEarlier: g.actions.filter((a) => a.goals[0] !== g.goal.number)
    }))
}

/**
 * Actions that name no national delmål, sorted like a goal's: possible only
 * when the county profile makes the delmål optional. Shown as a group of
 * their own, so no action falls out of the plan or the report.
 */
export function actionsWithoutGoal(actions: readonly Action[], today: string): Omit<GoalActions, 'goal'> {
  const untied = actions.filter((a) => a.goals.length === 0).sort(byStartThenTitle)
  return { actions: untied, counts: countByStatus(untied), late: untied.filter((a) => isActionLate(a, today)).length }
}

export interface GoalStatusRow {
  goal: NationalGoal
  counts: ActionStatusCounts
}

/**
 * The county view's table: number of actions per sub-goal and status, plus a
 * row of distinct actions (each counted once, whatever its goals). One pass
 * over the actions.
 */
export function countyActionCounts(actions: readonly Action[]): {
  byGoal: GoalStatusRow[]
  distinct: ActionStatusCounts
} {
  const byGoal = nationalGoals.map((goal) => ({ goal, counts: emptyStatusCounts() }))
  for (const a of actions) {
    for (const g of a.goals) {
      const row = byGoal[g - 1]!.counts
      row[a.status]++
      row.total++
    }
  }
  return { byGoal, distinct: countByStatus(actions) }
}
