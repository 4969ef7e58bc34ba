import type { KugghjulDatabase } from './database'
import { newId, nowIso } from './database'
import type { AuditAction, AuditEntityType, AuditEntry } from './records'

/** Adds an audit entry; call inside the transaction that makes the change, so both land or neither. */
export async function recordAudit(
  db: KugghjulDatabase,
  entry: { entityType: AuditEntityType; entityId: string; action: AuditAction; summary: string }
): Promise<AuditEntry> {
  const row: AuditEntry = { id: newId(), at: nowIso(), ...entry }
  await db.auditLog.add(row)
  return row
}

export async function auditEntriesFor(
  db: KugghjulDatabase,
  entityType: AuditEntityType,
  entityId: string
): Promise<AuditEntry[]> {
  const rows = await db.auditLog.where('[entityType+entityId]').equals([entityType, entityId]).toArray()
  return rows.sort((a, b) => b.at.localeCompare(a.at))
}

/** The entity types logged under a member's id: the member itself and its work. */
const memberHistoryTypes = ['member', 'dialogue', 'actionPlan', 'action', 'evaluation'] as const

/** Everything logged about a member and its work (dialogues, plan, actions, evaluation), newest first. */
export async function memberHistoryEntries(db: KugghjulDatabase, memberId: string): Promise<AuditEntry[]> {
  const rows = await db.auditLog
    .where('[entityType+entityId]')
    .anyOf(memberHistoryTypes.map((type) => [type, memberId]))
    .toArray()
  return rows.sort((a, b) => b.at.localeCompare(a.at))
}
