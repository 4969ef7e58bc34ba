import { actionPlanStatusLabels, ambitionLevelLabels, type ActionPlanDraft } from '@/domain/action-plans/action-plan'
import {
  establishProblem,
  reopenProblem,
  validateActionPlanDraft,
  type ActionPlanErrors
} from '@/domain/action-plans/action-plan-rules'
import { recordAudit } from './audit-log'
import { newId, nowIso, type KugghjulDatabase } from './database'
import { failed, MemberNotFoundError, type WriteResult } from './member-register-errors'
import { editedRow, newRow } from './member-work-context'
import type { ActionPlanRecord, ActionRecord, MembershipPeriodRecord } from './records'
import { requireRecord } from './record-not-found'
import { writeTransaction } from './write-transaction'

export type CreateActionPlanErrors = ActionPlanErrors & { periodId?: string }

function audit(db: KugghjulDatabase, plan: ActionPlanRecord, action: 'create' | 'update', summary: string) {
  return recordAudit(db, { entityType: 'actionPlan', entityId: plan.memberId, action, summary })
}

async function requirePeriod(db: KugghjulDatabase, periodId: string): Promise<MembershipPeriodRecord> {
  const period = await db.membershipPeriods.get(periodId)
  if (!period) throw new MemberNotFoundError('period', periodId)
  return period
}

async function planLabel(db: KugghjulDatabase, plan: ActionPlanRecord): Promise<string> {
  const period = await db.membershipPeriods.get(plan.periodId)
  return `Insatsplanen för period ${period?.number ?? '?'}`
}

/** The plan of a member's period with its actions (start date order), or undefined when there is none yet. */
export async function loadActionPlan(
  db: KugghjulDatabase,
  memberId: string,
  periodId: string
): Promise<{ plan: ActionPlanRecord; actions: ActionRecord[] } | undefined> {
  return db.transaction('r', db.actionPlans, db.actions, async () => {
    const plan = await db.actionPlans.where('[memberId+periodId]').equals([memberId, periodId]).first()
    if (!plan) return undefined
    const actions = await db.actions.where('actionPlanId').equals(plan.id).toArray()
    return {
      plan,
      actions: actions.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title, 'sv'))
    }
  })
}

/** Starts a member's plan for a period, as utkast. One plan per period. */
export async function createActionPlan(
  db: KugghjulDatabase,
  periodId: string,
  draft: ActionPlanDraft
): Promise<WriteResult<ActionPlanRecord, CreateActionPlanErrors>> {
  const result = validateActionPlanDraft(draft)
  if (!result.ok) return failed(result.errors)
  return writeTransaction(db, [db.actionPlans, db.membershipPeriods, db.auditLog], async () => {
    const period = await requirePeriod(db, periodId)
    const existing = await db.actionPlans.where('[memberId+periodId]').equals([period.memberId, periodId]).first()
    if (existing)
      return failed({
        periodId: `Verksamheten har redan en insatsplan för period ${period.number}. Öppna den i stället för att skapa en ny.`
      })
    const plan: ActionPlanRecord = newRow(
      newId(),
      { memberId: period.memberId, periodId, ...result.fields, status: 'draft' as const, establishedOn: null },
      nowIso()
    )
    await db.actionPlans.add(plan)
    await audit(
      db,
      plan,
      'create',
      `Insatsplan för period ${period.number} skapades (${ambitionLevelLabels[plan.ambitionLevel].toLocaleLowerCase('sv')} nivå).`
    )
    return { ok: true, value: plan }
  })
}

/** Saves the ambition level and text; the status is kept. */
export async function updateActionPlan(
  db: KugghjulDatabase,
  planId: string,
  draft: ActionPlanDraft
): Promise<WriteResult<ActionPlanRecord, ActionPlanErrors>> {
  const result = validateActionPlanDraft(draft)
  if (!result.ok) return failed(result.errors)
  return writeTransaction(db, [db.actionPlans, db.membershipPeriods, db.auditLog], async () => {
    const plan = editedRow(await requireRecord(db.actionPlans, 'actionPlan', planId), result.fields, nowIso())
    await db.actionPlans.put(plan)
    await audit(
      db,
      plan,
      'update',
      `${await planLabel(db, plan)} ändrades: ${ambitionLevelLabels[plan.ambitionLevel].toLocaleLowerCase('sv')} nivå.`
    )
    return { ok: true, value: plan }
  })
}

/** Establishes (fastställer) a plan; see action-plan-rules.ts for when that is allowed. */
export async function establishActionPlan(
  db: KugghjulDatabase,
  planId: string,
  establishedOn: string,
  today: string
): Promise<WriteResult<ActionPlanRecord, { establishedOn?: string }>> {
  return writeTransaction(db, [db.actionPlans, db.actions, db.membershipPeriods, db.auditLog], async () => {
    const plan = await requireRecord(db.actionPlans, 'actionPlan', planId)
    const actionCount = await db.actions.where('actionPlanId').equals(planId).count()
    const problem = establishProblem({
      plan,
      actionCount,
      establishedOn: establishedOn.trim(),
      period: await requirePeriod(db, plan.periodId),
      today
    })
    if (problem) return failed({ establishedOn: problem })
    const established = editedRow(
      plan,
      { status: 'established' as const, establishedOn: establishedOn.trim() },
      nowIso()
    )
    await db.actionPlans.put(established)
    await audit(
      db,
      established,
      'update',
      `${await planLabel(db, plan)} fastställdes ${established.establishedOn} med ${actionCount} insatser.`
    )
    return { ok: true, value: established }
  })
}

/** Turns an established plan back into a draft (utkast), clearing its date. */
export async function reopenActionPlan(
  db: KugghjulDatabase,
  planId: string
): Promise<WriteResult<ActionPlanRecord, { status?: string }>> {
  return writeTransaction(db, [db.actionPlans, db.membershipPeriods, db.auditLog], async () => {
    const plan = await requireRecord(db.actionPlans, 'actionPlan', planId)
    const problem = reopenProblem(plan)
    if (problem) return failed({ status: problem })
    const draft = editedRow(plan, { status: 'draft' as const, establishedOn: null }, nowIso())
    await db.actionPlans.put(draft)
    await audit(
      db,
      draft,
      'update',
      `${await planLabel(db, plan)} ändrades från ${actionPlanStatusLabels.established.toLocaleLowerCase('sv')} (${plan.establishedOn}) till utkast.`
    )
    return { ok: true, value: draft }
  })
}
