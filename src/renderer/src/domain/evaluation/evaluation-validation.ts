import { hasErrors, isOneOf, lengthProblem } from '../draft-checks'
import { latestPeriod, validateDecision, validateEnding, type MembershipPeriod } from '../members/membership-period'
import { caseNumberProblem } from '../report-handling'
import {
  assessmentLevels,
  subjectKey,
  type Assessment,
  type AssessmentLevel,
  type EvaluationDecision,
  type EvaluationDraft
} from './evaluation'
import type { EvaluationSubject } from './evaluation-subjects'
import { focusAreaWords, type FocusAreaWords } from '../county-words'

/** Swedish messages per form field; `assessments` by subject key ("goal:2", "focusArea:<id>"). */
export interface EvaluationErrors {
  period?: string
  assessments?: Record<string, string>
  conclusions?: string
  outcome?: string
  decisionDate?: string
  decisionReference?: string
  decidedBy?: string
  endedOn?: string
  reason?: string
  countyCaseNumber?: string
}

export interface ValidEvaluation {
  assessments: Assessment[]
  conclusions: string
  decision: EvaluationDecision | null
  countyCaseNumber: string
}

export type EvaluationValidation = { ok: true; fields: ValidEvaluation } | { ok: false; errors: EvaluationErrors }

export interface EvaluationContext {
  /** From evaluationSubjects: what the period's actions worked on. */
  subjects: readonly EvaluationSubject[]
  /** The period evaluated and all the member's periods. */
  period: MembershipPeriod
  periods: readonly MembershipPeriod[]
  today: string
  /** What the county calls its focus areas, for messages; the default word when absent. */
  focusWords?: FocusAreaWords
}

const MAX_COMMENT = 4000
const MAX_CONCLUSIONS = 20_000

function assessmentsOf(draft: EvaluationDraft, errors: Record<string, string>): Assessment[] {
  const seen = new Set<string>()
  const assessments: Assessment[] = []
  for (const a of draft.assessments) {
    const key = subjectKey(a.subject)
    if (seen.has(key)) continue
    seen.add(key)
    const comment = a.comment.trim()
    const level =
      a.level === null
        ? null
        : isOneOf(assessmentLevels.map(String), String(a.level))
          ? (a.level as AssessmentLevel)
          : undefined
    if (level === undefined)
      errors[key] = 'Välj en bedömning: 1 påbörjat, 2 etablerat eller 3 integrerat i ordinarie verksamhet.'
    else if (comment.length > MAX_COMMENT) errors[key] = lengthProblem(comment, MAX_COMMENT, 'kommentaren')!
    assessments.push({ subject: { ...a.subject }, level: level ?? null, comment })
  }
  return assessments
}

function decisionOf(draft: EvaluationDraft): EvaluationDecision | null {
  if (draft.outcome === 'renew')
    return {
      outcome: 'renew',
      decisionDate: draft.decisionDate.trim(),
      decisionReference: draft.decisionReference.trim(),
      decidedBy: draft.decidedBy.trim(),
      countyCaseNumber: draft.countyCaseNumber.trim()
    }
  if (draft.outcome === 'end') return { outcome: 'end', endedOn: draft.endedOn.trim(), reason: draft.reason.trim() }
  return null
}

/**
 * What completing asks of one subject's assessment, said next to its field
 * before "Slutför": the same rule completionProblems checks.
 */
export function assessmentRequirement(subject: Pick<EvaluationSubject, 'workedOn'>): string {
  return subject.workedOn
    ? 'Krävs för att slutföra: en bedömning 1–3 och en kommentar (perioden hade insatser här).'
    : 'Frivillig: inga insatser under perioden.'
}

/** What completing asks for beyond a draft: every subject worked on assessed, conclusions, a valid decision on the latest period. */
function completionProblems(
  fields: ValidEvaluation,
  context: EvaluationContext,
  errors: EvaluationErrors,
  assessmentErrors: Record<string, string>
): void {
  const { period, periods, today } = context
  const latest = latestPeriod(periods)
  if (latest && latest.id !== period.id)
    errors.period = `Period ${period.number} har redan följts av period ${latest.number}. Utvärdera den senaste perioden i stället.`
  for (const subject of context.subjects.filter((s) => s.workedOn)) {
    const found = fields.assessments.find((a) => subjectKey(a.subject) === subject.key)
    if (assessmentErrors[subject.key]) continue
    if (!found || found.level === null)
      assessmentErrors[subject.key] = `Bedöm ${subject.label} (1–3) – perioden hade insatser där.`
    else if (found.comment === '')
      assessmentErrors[subject.key] = `Skriv en kommentar till bedömningen av ${subject.label}.`
  }
  for (const a of fields.assessments) {
    const key = subjectKey(a.subject)
    if (
      !context.subjects.some((s) => s.key === key) &&
      (a.level !== null || a.comment !== '') &&
      !assessmentErrors[key]
    )
      assessmentErrors[key] =
        `Det här är ett ${(context.focusWords ?? focusAreaWords()).one} utan insatser under perioden. Ta bort bedömningen eller koppla en insats till det.`
  }
  if (fields.conclusions === '') errors.conclusions = 'Skriv de samlade slutsatserna av utvärderingen.'
  const decision = fields.decision
  if (!decision) errors.outcome = 'Välj om anslutningen ska förnyas eller avslutas.'
  else if (decision.outcome === 'renew') {
    const checked = validateDecision(decision, today, period)
    if (!checked.ok) Object.assign(errors, checked.errors)
  } else {
    const checked = validateEnding(period, decision, today)
    if (!checked.ok) Object.assign(errors, checked.errors)
  }
}

/**
 * Checks an evaluation. A draft (`mode: 'draft'`) can be saved incomplete:
 * only values that can never be right are refused. Completing
 * (`mode: 'complete'`) also needs every delmål and focus area the period's
 * actions worked on assessed with a comment, the conclusions, and a decision
 * that the member register accepts (the same rules as renewing or ending
 * from the member page).
 */
export function validateEvaluationDraft(
  draft: EvaluationDraft,
  context: EvaluationContext,
  mode: 'draft' | 'complete'
): EvaluationValidation {
  const errors: EvaluationErrors = {}
  const assessmentErrors: Record<string, string> = {}
  const conclusions = draft.conclusions.trim()
  const fields: ValidEvaluation = {
    assessments: assessmentsOf(draft, assessmentErrors),
    conclusions,
    decision: decisionOf(draft),
    countyCaseNumber: draft.countyCaseNumber.trim()
  }
  const tooLong = lengthProblem(conclusions, MAX_CONCLUSIONS, 'slutsatserna')
  if (tooLong) errors.conclusions = tooLong
  if (draft.outcome !== '' && !isOneOf(['renew', 'end'], draft.outcome)) errors.outcome = 'Välj förnya eller avsluta.'
  const lengths = {
    decisionReference: lengthProblem(draft.decisionReference.trim(), 120, 'diarienumret'),
    decidedBy: lengthProblem(draft.decidedBy.trim(), 120, 'beslutsfattaren'),
    reason: lengthProblem(draft.reason.trim(), 500, 'skälet'),
    countyCaseNumber: caseNumberProblem(draft.countyCaseNumber) ?? undefined
  }
  for (const [field, problem] of Object.entries(lengths)) if (problem) errors[field as keyof typeof lengths] = problem
  if (mode === 'complete') completionProblems(fields, context, errors, assessmentErrors)
  if (hasErrors(assessmentErrors)) errors.assessments = assessmentErrors
  return hasErrors(errors) ? { ok: false, errors } : { ok: true, fields }
}
