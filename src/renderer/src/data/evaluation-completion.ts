import type { Evaluation, EvaluationDecision, EvaluationDraft } from '@/domain/evaluation/evaluation'
import { validateEvaluationDraft, type EvaluationErrors } from '@/domain/evaluation/evaluation-validation'
import type { MembershipPeriod } from '@/domain/members/membership-period'
import { recordAudit } from './audit-log'
import type { KugghjulDatabase } from './database'
import { COMPLETED_MESSAGE, evaluationContext, evaluationReadTables, evaluationRecord } from './evaluation-repository'
import { failed, type WriteResult } from './member-register-errors'
import { endMembership, renewMembership } from './membership-repository'
import { writeTransaction } from './write-transaction'

export interface CompletedEvaluation {
  evaluation: Evaluation
  /** Förnya: the new period (n+1). Avsluta: the evaluated period with its ending. */
  period: MembershipPeriod
}

/** The member register refused the decision: aborts the transaction so the evaluation is not marked klar either. */
class DecisionRefused extends Error {
  constructor(readonly errors: EvaluationErrors) {
    super('decision refused')
  }
}

/**
 * The decision through the member register's own writes (renewMembership /
 * endMembership), which join this transaction: the same rules and audit
 * entries as a renewal or ending made on the member page.
 */
async function applyDecision(
  db: KugghjulDatabase,
  memberId: string,
  decision: EvaluationDecision,
  today: string
): Promise<MembershipPeriod> {
  const result =
    decision.outcome === 'renew'
      ? await renewMembership(
          db,
          memberId,
          {
            decisionDate: decision.decisionDate,
            decisionReference: decision.decisionReference,
            decidedBy: decision.decidedBy,
            countyCaseNumber: decision.countyCaseNumber ?? ''
          },
          today
        )
      : await endMembership(db, memberId, { endedOn: decision.endedOn, reason: decision.reason }, today)
  if (!result.ok) throw new DecisionRefused(result.errors)
  return result.value
}

function decisionSummary(decision: EvaluationDecision, period: MembershipPeriod): string {
  return decision.outcome === 'renew'
    ? `anslutningen förnyas (period ${period.number} ${period.startDate} – ${period.endDate}).`
    : `anslutningen avslutas ${decision.endedOn}.`
}

/**
 * Completes the evaluation of `periodId` with its decision, all or nothing in
 * one transaction: the evaluation is stored as klar, and either period n+1
 * starts (förnya) or the membership ends (avsluta), each with its audit
 * entry. If any part is refused or fails, nothing is written.
 */
export async function completeEvaluation(
  db: KugghjulDatabase,
  periodId: string,
  draft: EvaluationDraft,
  today: string
): Promise<WriteResult<CompletedEvaluation, EvaluationErrors>> {
  try {
    return await writeTransaction(db, [...evaluationReadTables(db), db.auditLog], async () => {
      const context = await evaluationContext(db, periodId, today)
      if (context.evaluation?.status === 'completed') return failed({ period: COMPLETED_MESSAGE })
      const checked = validateEvaluationDraft(draft, { ...context, today }, 'complete')
      if (!checked.ok) return failed(checked.errors)
      const decision = checked.fields.decision!
      const period = await applyDecision(db, context.member.id, decision, today)
      const record = evaluationRecord(context, checked.fields, {
        status: 'completed',
        decidedAt: today,
        nextPeriodId: decision.outcome === 'renew' ? period.id : null
      })
      await db.evaluations.put(record)
      await recordAudit(db, {
        entityType: 'evaluation',
        entityId: context.member.id,
        action: context.evaluation ? 'update' : 'create',
        summary: `Utvärdering av period ${context.period.number} klar: ${decisionSummary(decision, period)}`
      })
      return { ok: true as const, value: { evaluation: record, period } }
    })
  } catch (error) {
    if (error instanceof DecisionRefused) return failed(error.errors)
    throw error
  }
}
