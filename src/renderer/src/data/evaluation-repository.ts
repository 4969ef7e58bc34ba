import type { Evaluation, EvaluationDraft } from '@/domain/evaluation/evaluation'
import { evaluationSubjects, type EvaluationSubject } from '@/domain/evaluation/evaluation-subjects'
import {
  validateEvaluationDraft,
  type EvaluationErrors,
  type ValidEvaluation
} from '@/domain/evaluation/evaluation-validation'
import type { FocusArea } from '@/domain/county-profile'
import { focusAreaWords, type FocusAreaWords } from '@/domain/county-words'
import { recordAudit } from './audit-log'
import { loadCountyProfile } from './county-profile-repository'
import { newId, nowIso, type KugghjulDatabase } from './database'
import { failed, MemberNotFoundError, type WriteResult } from './member-register-errors'
import type { ActionRecord, EvaluationRecord, MemberRecord, MembershipPeriodRecord } from './records'
import { writeTransaction } from './write-transaction'

/** Everything the evaluation form and the checks need for one period. */
export interface EvaluationContextData {
  member: MemberRecord
  period: MembershipPeriodRecord
  /** All the member's periods, by number. */
  periods: MembershipPeriodRecord[]
  /** The period's actions. */
  actions: ActionRecord[]
  focusAreas: FocusArea[]
  /** What was done per delmål and focus area (evaluationSubjects). */
  subjects: EvaluationSubject[]
  /** What the county calls its focus areas. */
  focusWords: FocusAreaWords
  /** The saved evaluation, if any. */
  evaluation: EvaluationRecord | undefined
}

/** The tables an evaluation reads; a write adds evaluations and auditLog. */
export const evaluationReadTables = (db: KugghjulDatabase) => [
  db.evaluations,
  db.members,
  db.membershipPeriods,
  db.actions,
  db.settings
]

/** Reads inside the caller's transaction, or on their own. Throws MemberNotFoundError for a stale id. */
export async function evaluationContext(
  db: KugghjulDatabase,
  periodId: string,
  today: string
): Promise<EvaluationContextData> {
  const period = await db.membershipPeriods.get(periodId)
  if (!period) throw new MemberNotFoundError('period', periodId)
  const member = await db.members.get(period.memberId)
  if (!member) throw new MemberNotFoundError('member', period.memberId)
  const periods = await db.membershipPeriods.where('memberId').equals(member.id).sortBy('number')
  const actions = await db.actions.where('[memberId+periodId]').equals([member.id, periodId]).toArray()
  const profile = await loadCountyProfile(db)
  const focusAreas = profile?.focusAreas ?? []
  const focusWords = focusAreaWords(profile?.focusAreaTerm)
  const evaluation = await db.evaluations.where('periodId').equals(periodId).first()
  return {
    member,
    period,
    periods,
    actions,
    focusAreas,
    subjects: evaluationSubjects(actions, focusAreas, today, focusWords),
    focusWords,
    evaluation
  }
}

/** The evaluation form's data for a period, read in one transaction. */
export function loadEvaluationContext(
  db: KugghjulDatabase,
  periodId: string,
  today: string
): Promise<EvaluationContextData> {
  return db.transaction('r', evaluationReadTables(db), () => evaluationContext(db, periodId, today))
}

export function loadEvaluation(db: KugghjulDatabase, periodId: string): Promise<EvaluationRecord | undefined> {
  return db.evaluations.where('periodId').equals(periodId).first()
}

export const COMPLETED_MESSAGE = 'Utvärderingen är klar och beslutet registrerat. Den kan inte längre ändras.'

/** The record to store: the existing one's id and createdAt kept. */
export function evaluationRecord(
  context: EvaluationContextData,
  fields: ValidEvaluation,
  changes: Pick<Evaluation, 'status' | 'decidedAt' | 'nextPeriodId'>
): EvaluationRecord {
  const now = nowIso()
  const existing = context.evaluation
  return {
    id: existing?.id ?? newId(),
    memberId: context.member.id,
    periodId: context.period.id,
    ...fields,
    ...changes,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now
  }
}

/**
 * Saves the evaluation as a draft (utkast), complete or not, in one
 * transaction with its audit entry (under the member's id). Refused for an
 * evaluation that is already klar.
 */
export async function saveEvaluationDraft(
  db: KugghjulDatabase,
  periodId: string,
  draft: EvaluationDraft,
  today: string
): Promise<WriteResult<Evaluation, EvaluationErrors>> {
  return writeTransaction(db, [...evaluationReadTables(db), db.auditLog], async () => {
    const context = await evaluationContext(db, periodId, today)
    if (context.evaluation?.status === 'completed') return failed({ period: COMPLETED_MESSAGE })
    const checked = validateEvaluationDraft(draft, { ...context, today }, 'draft')
    if (!checked.ok) return failed(checked.errors)
    const record = evaluationRecord(context, checked.fields, { status: 'draft', decidedAt: null, nextPeriodId: null })
    await db.evaluations.put(record)
    await recordAudit(db, {
      entityType: 'evaluation',
      entityId: context.member.id,
      action: context.evaluation ? 'update' : 'create',
      summary: `Utvärdering av period ${context.period.number} sparad som utkast.`
    })
    return { ok: true, value: record }
  })
}
