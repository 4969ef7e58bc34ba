import type { GoalNumber } from '../draft-checks'
import type { Decision, MembershipEnding } from '../members/membership-period'

/**
 * The evaluation (utvärdering) of a membership period: per delmål and focus
 * area an assessment on a 1–3 scale with a comment, overall conclusions, and
 * the decision to renew (förnya) or end (avsluta) the membership. Saved as a
 * draft (utkast) while it is written; completed (klar) together with the
 * decision, which starts the next period or ends the membership.
 */

export const assessmentLevels = [1, 2, 3] as const
export type AssessmentLevel = (typeof assessmentLevels)[number]

export const assessmentLevelLabels: Readonly<Record<AssessmentLevel, string>> = {
  1: 'Påbörjat',
  2: 'Etablerat',
  3: 'Integrerat i ordinarie verksamhet'
}

export const evaluationStatuses = ['draft', 'completed'] as const
export type EvaluationStatus = (typeof evaluationStatuses)[number]

export const evaluationStatusLabels: Readonly<Record<EvaluationStatus, string>> = {
  draft: 'Utkast',
  completed: 'Klar'
}

export const evaluationOutcomes = ['renew', 'end'] as const
export type EvaluationOutcome = (typeof evaluationOutcomes)[number]

/** What an assessment is about: one of the six delmål, or one of the county's focus areas. */
export type AssessmentSubject = { kind: 'goal'; goal: GoalNumber } | { kind: 'focusArea'; focusAreaId: string }

/** A stable key per subject, for forms and error maps: "goal:2", "focusArea:<id>". */
export function subjectKey(subject: AssessmentSubject): string {
  return subject.kind === 'goal' ? `goal:${subject.goal}` : `focusArea:${subject.focusAreaId}`
}

export interface Assessment {
  subject: AssessmentSubject
  /** null while not yet assessed (a draft), or for a delmål nothing was done in. */
  level: AssessmentLevel | null
  comment: string
}

/** The decision the evaluation ends in: the new decision for period n+1, or the ending. */
export type EvaluationDecision = ({ outcome: 'renew' } & Decision) | ({ outcome: 'end' } & MembershipEnding)

export interface Evaluation {
  id: string
  memberId: string
  /** The period evaluated; one evaluation per period. */
  periodId: string
  status: EvaluationStatus
  assessments: Assessment[]
  /** Overall conclusions (samlade slutsatser). */
  conclusions: string
  /** Chosen in a draft as far as typed; always set when completed. */
  decision: EvaluationDecision | null
  /** The day the evaluation was completed with its decision; null for a draft. */
  decidedAt: string | null
  /** For a renewal: the id of the period the decision started. */
  nextPeriodId: string | null
  /**
   * The länsstyrelse's own diarienummer for the evaluation and its decision
   * (a renewal's new period gets it too); absent on evaluations saved before.
   */
  countyCaseNumber?: string
}

/** What the evaluation form holds while the user types. */
export interface EvaluationDraft {
  assessments: { subject: AssessmentSubject; level: number | null; comment: string }[]
  conclusions: string
  /** '' while not chosen. */
  outcome: EvaluationOutcome | ''
  /** For renew. */
  decisionDate: string
  decisionReference: string
  decidedBy: string
  /** For end. */
  endedOn: string
  reason: string
  /** The länsstyrelse's diarienummer; '' for none. */
  countyCaseNumber: string
}

export function emptyEvaluationDraft(): EvaluationDraft {
  return {
    assessments: [],
    conclusions: '',
    outcome: '',
    decisionDate: '',
    decisionReference: '',
    decidedBy: '',
    endedOn: '',
    reason: '',
    countyCaseNumber: ''
  }
}

export function evaluationToDraft(evaluation: Evaluation): EvaluationDraft {
  const d = evaluation.decision
  return {
    assessments: evaluation.assessments.map((a) => ({ subject: { ...a.subject }, level: a.level, comment: a.comment })),
    conclusions: evaluation.conclusions,
    outcome: d?.outcome ?? '',
    decisionDate: d?.outcome === 'renew' ? d.decisionDate : '',
    decisionReference: d?.outcome === 'renew' ? d.decisionReference : '',
    decidedBy: d?.outcome === 'renew' ? d.decidedBy : '',
    endedOn: d?.outcome === 'end' ? d.endedOn : '',
    reason: d?.outcome === 'end' ? d.reason : '',
    countyCaseNumber: evaluation.countyCaseNumber ?? ''
  }
}
