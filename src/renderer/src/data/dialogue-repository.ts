import { compareDialoguesNewestFirst, dialogueKindLabels, type DialogueDraft } from '@/domain/dialogues/dialogue'
import { validateDialogueDraft, type DialogueErrors } from '@/domain/dialogues/dialogue-validation'
import { recordAudit } from './audit-log'
import { newId, nowIso, type KugghjulDatabase } from './database'
import { failed, type WriteResult } from './member-register-errors'
import { requireMember } from './member-repository'
import { editedRow, focusAreasOf, newRow } from './member-work-context'
import type { DialogueRecord } from './records'
import { AlreadyRestoredError, requireRecord } from './record-not-found'
import { writeTransaction } from './write-transaction'

/** What deleteDialogue removed; give it back to restoreDialogue to undo. */
export interface DeletedDialogue {
  dialogue: DialogueRecord
}

const tables = (db: KugghjulDatabase) => [db.dialogues, db.members, db.membershipPeriods, db.settings, db.auditLog]

function describe(d: DialogueRecord): string {
  return `Dialog ${d.date} (${dialogueKindLabels[d.kind].toLocaleLowerCase('sv')})`
}

function audit(
  db: KugghjulDatabase,
  d: DialogueRecord,
  action: 'create' | 'update' | 'delete' | 'restore',
  summary: string
) {
  return recordAudit(db, { entityType: 'dialogue', entityId: d.memberId, action, summary })
}

/** A member's dialogues, newest first (one index lookup). */
export async function loadMemberDialogues(db: KugghjulDatabase, memberId: string): Promise<DialogueRecord[]> {
  const rows = await db.dialogues.where('memberId').equals(memberId).toArray()
  return rows.sort(compareDialoguesNewestFirst)
}

/** Every dialogue, for the follow-ups on Översikt (openFollowUps / followUpsNeedingAttention). */
export function loadAllDialogues(db: KugghjulDatabase): Promise<DialogueRecord[]> {
  return db.dialogues.toArray()
}

async function validate(
  db: KugghjulDatabase,
  memberId: string,
  draft: DialogueDraft,
  today: string,
  existing?: DialogueRecord
) {
  await requireMember(db, memberId)
  const periods = await db.membershipPeriods.where('memberId').equals(memberId).toArray()
  return validateDialogueDraft(draft, {
    today,
    periods,
    ...(await focusAreasOf(db)),
    ...(existing ? { existing } : {})
  })
}

/** Registers a dialogue held with a member. With periodId '' the period follows from the date. */
export async function createDialogue(
  db: KugghjulDatabase,
  memberId: string,
  draft: DialogueDraft,
  today: string
): Promise<WriteResult<DialogueRecord, DialogueErrors>> {
  return writeTransaction(db, tables(db), async () => {
    const result = await validate(db, memberId, draft, today)
    if (!result.ok) return failed(result.errors)
    const row: DialogueRecord = newRow(newId(), { memberId, ...result.fields }, nowIso())
    await db.dialogues.add(row)
    await audit(db, row, 'create', `${describe(row)} registrerades.`)
    return { ok: true, value: row }
  })
}

export async function updateDialogue(
  db: KugghjulDatabase,
  dialogueId: string,
  draft: DialogueDraft,
  today: string
): Promise<WriteResult<DialogueRecord, DialogueErrors>> {
  return writeTransaction(db, tables(db), async () => {
    const before = await requireRecord(db.dialogues, 'dialogue', dialogueId)
    const result = await validate(db, before.memberId, draft, today, before)
    if (!result.ok) return failed(result.errors)
    const row = editedRow(before, result.fields, nowIso())
    await db.dialogues.put(row)
    await audit(db, row, 'update', `${describe(row)} ändrades.`)
    return { ok: true, value: row }
  })
}

/** Deletes a dialogue; the returned value undoes it with restoreDialogue. */
export async function deleteDialogue(db: KugghjulDatabase, dialogueId: string): Promise<DeletedDialogue> {
  return writeTransaction(db, [db.dialogues, db.auditLog], async () => {
    const dialogue = await requireRecord(db.dialogues, 'dialogue', dialogueId)
    await db.dialogues.delete(dialogueId)
    await audit(db, dialogue, 'delete', `${describe(dialogue)} togs bort.`)
    return { dialogue }
  })
}

/** Puts a deleted dialogue back exactly as it was (same id and timestamps). */
export async function restoreDialogue(db: KugghjulDatabase, deleted: DeletedDialogue): Promise<DialogueRecord> {
  return writeTransaction(db, [db.dialogues, db.members, db.auditLog], async () => {
    const { dialogue } = deleted
    if (await db.dialogues.get(dialogue.id)) throw new AlreadyRestoredError('dialogue')
    await requireMember(db, dialogue.memberId)
    await db.dialogues.add(dialogue)
    await audit(db, dialogue, 'restore', `${describe(dialogue)} återställdes.`)
    return dialogue
  })
}
