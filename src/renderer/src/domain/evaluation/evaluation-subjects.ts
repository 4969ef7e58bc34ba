import { actionsByGoal, countByStatus, type ActionStatusCounts } from '../action-plans/action-summary'
import type { Action, ActionStatus } from '../action-plans/action'
import type { FocusArea } from '../county-profile'
import { focusAreaWords, removedFocusAreaName, type FocusAreaWords } from '../county-words'
import { subjectKey, type AssessmentSubject } from './evaluation'

/** An action as the evaluation shows it: what was done and how far it came. */
export interface DoneAction {
  id: string
  title: string
  status: ActionStatus
}

/** One row of the evaluation: a delmål or focus area and what the period's actions did for it. */
export interface EvaluationSubject {
  key: string
  subject: AssessmentSubject
  /** "Delmål 2: Ekonomisk jämställdhet" or the focus area's name. */
  label: string
  actions: DoneAction[]
  counts: ActionStatusCounts
  /** True when at least one action (not cancelled) was tied to it: then it must be assessed. */
  workedOn: boolean
}

const done = (a: Action): DoneAction => ({ id: a.id, title: a.title, status: a.status })
const workedOn = (actions: readonly Action[]) => actions.some((a) => a.status !== 'cancelled')

/**
 * The subjects of a period's evaluation, derived from its actions: all six
 * delmål in order (those without actions too, so the report keeps its
 * rows), then each focus area the actions were tied to, in the county
 * profile's order (a focus area removed from the profile since comes last).
 */
export function evaluationSubjects(
  actions: readonly Action[],
  focusAreas: readonly FocusArea[],
  today: string,
  words: FocusAreaWords = focusAreaWords()
): EvaluationSubject[] {
  const goals: EvaluationSubject[] = actionsByGoal(actions, today).map((g) => {
    const subject: AssessmentSubject = { kind: 'goal', goal: g.goal.number }
    return {
      key: subjectKey(subject),
      subject,
      label: `Delmål ${g.goal.number}: ${g.goal.name}`,
      actions: g.actions.map(done),
      counts: g.counts,
      workedOn: workedOn(g.actions)
    }
  })
  const usedIds = new Set(actions.flatMap((a) => a.focusAreaIds))
  const known = focusAreas.filter((f) => usedIds.has(f.id))
  const removed = [...usedIds]
    .filter((id) => !focusAreas.some((f) => f.id === id))
    .map((id) => ({ id, name: removedFocusAreaName(words) }))
  const areas: EvaluationSubject[] = [...known, ...removed].map((area) => {
    const tied = actions.filter((a) => a.focusAreaIds.includes(area.id))
    const subject: AssessmentSubject = { kind: 'focusArea', focusAreaId: area.id }
    return {
      key: subjectKey(subject),
      subject,
      label: area.name,
      actions: tied.map(done),
      counts: countByStatus(tied),
      workedOn: workedOn(tied)
    }
  })
  return [...goals, ...areas]
}
