import { proposedEndingDate, type MembershipPeriod } from '../members/membership-period'
import {
  emptyEvaluationDraft,
  evaluationToDraft,
  subjectKey,
  type Evaluation,
  type EvaluationDraft
} from './evaluation'
import type { EvaluationSubject } from './evaluation-subjects'

/**
 * What the evaluation form starts from: the saved evaluation (or an empty
 * one) with one assessment row per subject, in the subjects' order, keeping
 * what was saved; today as the renewal's decision date; and as the ending's
 * last day today, or the period's end date once it has run out (an ending
 * falls within its period).
 */
export function evaluationFormDraft(
  evaluation: Evaluation | null | undefined,
  subjects: readonly EvaluationSubject[],
  period: MembershipPeriod,
  today: string
): EvaluationDraft {
  const saved = evaluation ? evaluationToDraft(evaluation) : emptyEvaluationDraft()
  const byKey = new Map(saved.assessments.map((a) => [subjectKey(a.subject), a]))
  return {
    ...saved,
    assessments: subjects.map((s) => byKey.get(s.key) ?? { subject: s.subject, level: null, comment: '' }),
    decisionDate: saved.decisionDate || today,
    endedOn: saved.endedOn || proposedEndingDate(period, today)
  }
}
