import {
  actionStatusLabels,
  actionToDraft,
  type ActionDraft,
  type ActionStatus,
  type ProgressNote
} from '@/domain/action-plans/action'
import { deleteActionProblem } from '@/domain/action-plans/action-plan-rules'
import {
  validateActionDraft,
  validateProgressNote,
  type ActionErrors,
  type ProgressNoteErrors
} from '@/domain/action-plans/action-validation'
import { recordAudit } from './audit-log'
import { newId, nowIso, type KugghjulDatabase } from './database'
import { failed, type WriteResult } from './member-register-errors'
import { actionRulesOf, editedRow, newRow } from './member-work-context'
import type { ActionRecord } from './records'
import { AlreadyRestoredError, requireRecord } from './record-not-found'
import { writeTransaction } from './write-transaction'

/** What deleteAction removed; give it back to restoreAction to undo. */
export interface DeletedAction {
  action: ActionRecord
}

const tables = (db: KugghjulDatabase) => [db.actions, db.actionPlans, db.settings, db.auditLog]

function audit(
  db: KugghjulDatabase,
  action: ActionRecord,
  kind: 'create' | 'update' | 'delete' | 'restore',
  summary: string
) {
  return recordAudit(db, { entityType: 'action', entityId: action.memberId, action: kind, summary })
}

/** Adds an action to a plan (utkast or fastställd). */
export async function createAction(
  db: KugghjulDatabase,
  planId: string,
  draft: ActionDraft,
  today: string
): Promise<WriteResult<ActionRecord, ActionErrors>> {
  return writeTransaction(db, tables(db), async () => {
    const plan = await requireRecord(db.actionPlans, 'actionPlan', planId)
    const result = validateActionDraft(draft, { ...(await actionRulesOf(db)), today })
    if (!result.ok) return failed(result.errors)
    const fields = {
      actionPlanId: plan.id,
      memberId: plan.memberId,
      periodId: plan.periodId,
      ...result.fields,
      progressNotes: []
    }
    const action: ActionRecord = newRow(newId(), fields, nowIso())
    await db.actions.add(action)
    await audit(
      db,
      action,
      'create',
      `Insatsen "${action.title}" lades till (${actionStatusLabels[action.status].toLocaleLowerCase('sv')}).`
    )
    return { ok: true, value: action }
  })
}

export async function updateAction(
  db: KugghjulDatabase,
  actionId: string,
  draft: ActionDraft,
  today: string
): Promise<WriteResult<ActionRecord, ActionErrors>> {
  return writeTransaction(db, tables(db), async () => {
    const before = await requireRecord(db.actions, 'action', actionId)
    const result = validateActionDraft(draft, { ...(await actionRulesOf(db)), today, existing: before })
    if (!result.ok) return failed(result.errors)
    const action = editedRow(before, result.fields, nowIso())
    await db.actions.put(action)
    const status =
      before.status === action.status
        ? ''
        : `: ${actionStatusLabels[before.status].toLocaleLowerCase('sv')} → ${actionStatusLabels[action.status].toLocaleLowerCase('sv')}`
    await audit(db, action, 'update', `Insatsen "${action.title}" ändrades${status}.`)
    return { ok: true, value: action }
  })
}

/** Changes only the status (e.g. a "Genomförd" button), under the same rules as the form. */
export async function setActionStatus(
  db: KugghjulDatabase,
  actionId: string,
  status: ActionStatus,
  today: string
): Promise<WriteResult<ActionRecord, ActionErrors>> {
  const action = await requireRecord(db.actions, 'action', actionId)
  return updateAction(db, actionId, { ...actionToDraft(action), status }, today)
}

export async function addProgressNote(
  db: KugghjulDatabase,
  actionId: string,
  draft: { date: string; text: string },
  today: string
): Promise<WriteResult<ActionRecord, ProgressNoteErrors>> {
  const result = validateProgressNote(draft, today)
  if (!result.ok) return failed(result.errors)
  return writeTransaction(db, [db.actions, db.auditLog], async () => {
    const before = await requireRecord(db.actions, 'action', actionId)
    const progressNotes = [...before.progressNotes, { id: newId(), ...result.note }].sort((a, b) =>
      a.date.localeCompare(b.date)
    )
    const action = editedRow(before, { progressNotes }, nowIso())
    await db.actions.put(action)
    await audit(db, action, 'update', `Lägesanteckning ${result.note.date} för insatsen "${action.title}".`)
    return { ok: true, value: action }
  })
}

export async function removeProgressNote(
  db: KugghjulDatabase,
  actionId: string,
  noteId: string
): Promise<ActionRecord> {
  return writeTransaction(db, [db.actions, db.auditLog], async () => {
    const before = await requireRecord(db.actions, 'action', actionId)
    const note = before.progressNotes.find((n) => n.id === noteId)
    if (!note) return before
    const action = editedRow(before, { progressNotes: before.progressNotes.filter((n) => n.id !== noteId) }, nowIso())
    await db.actions.put(action)
    await audit(db, action, 'update', `Lägesanteckningen ${note.date} togs bort från insatsen "${action.title}".`)
    return action
  })
}

/** Puts a removed progress note back with its own id (Ångra); a note already there is left as it is. */
export async function restoreProgressNote(
  db: KugghjulDatabase,
  actionId: string,
  note: ProgressNote
): Promise<ActionRecord> {
  return writeTransaction(db, [db.actions, db.auditLog], async () => {
    const before = await requireRecord(db.actions, 'action', actionId)
    if (before.progressNotes.some((n) => n.id === note.id)) return before
    const progressNotes = [...before.progressNotes, { ...note }].sort((a, b) => a.date.localeCompare(b.date))
    const action = editedRow(before, { progressNotes }, nowIso())
    await db.actions.put(action)
    await audit(db, action, 'update', `Lägesanteckningen ${note.date} återställdes på insatsen "${action.title}".`)
    return action
  })
}

/** Deletes an action, unless it is the last one of an established plan; the returned value undoes it. */
export async function deleteAction(
  db: KugghjulDatabase,
  actionId: string
): Promise<WriteResult<DeletedAction, { action?: string }>> {
  return writeTransaction(db, [db.actions, db.actionPlans, db.auditLog], async () => {
    const action = await requireRecord(db.actions, 'action', actionId)
    const plan = await requireRecord(db.actionPlans, 'actionPlan', action.actionPlanId)
    const problem = deleteActionProblem(plan, await db.actions.where('actionPlanId').equals(plan.id).count())
    if (problem) return failed({ action: problem })
    await db.actions.delete(actionId)
    await audit(db, action, 'delete', `Insatsen "${action.title}" togs bort.`)
    return { ok: true, value: { action } }
  })
}

/** Puts a deleted action back exactly as it was, progress notes included. */
export async function restoreAction(db: KugghjulDatabase, deleted: DeletedAction): Promise<ActionRecord> {
  return writeTransaction(db, [db.actions, db.actionPlans, db.auditLog], async () => {
    const { action } = deleted
    if (await db.actions.get(action.id)) throw new AlreadyRestoredError('action')
    await requireRecord(db.actionPlans, 'actionPlan', action.actionPlanId)
    await db.actions.add(action)
    await audit(db, action, 'restore', `Insatsen "${action.title}" återställdes.`)
    return action
  })
}
