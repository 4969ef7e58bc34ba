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
