import { canonicalJson } from './canonical-json'
import type { KugghjulDatabase } from '../database'
import type { AuditEntry } from '../records'
import { readAllTables } from './backup-export'
import type { BackupRows } from './backup-format'

/**
 * Every table, by name, with its rows in primary-key order: two dumps of the
 * same data are deep-equal. For end-to-end tests that compare the register
 * before a backup and after its restore.
 */
export async function dumpDatabase(db: KugghjulDatabase): Promise<BackupRows> {
  const tables = await readAllTables(db)
  return Object.fromEntries(
    Object.keys(tables)
      .sort()
      .map((name) => [name, tables[name]!])
  )
}

/** True for the audit entry a restore writes, which a before/after comparison should leave out. */
export function isRestoreAuditEntry(table: string, row: unknown): boolean {
  const entry = row as Partial<AuditEntry>
  return table === 'auditLog' && entry.entityType === 'backup' && entry.action === 'restore'
}

/**
 * The differences between two dumps as readable lines ("members: row 3
 * differs"), empty when they are equal. `ignore` leaves rows out of both
 * sides, e.g. isRestoreAuditEntry.
 */
export function diffDumps(
  before: BackupRows,
  after: BackupRows,
  ignore: (table: string, row: unknown) => boolean = () => false
): string[] {
  const differences: string[] = []
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  for (const name of names) {
    const a = (before[name] ?? []).filter((row) => !ignore(name, row)).map(canonicalJson)
    const b = (after[name] ?? []).filter((row) => !ignore(name, row)).map(canonicalJson)
    if (a.length !== b.length) differences.push(`${name}: ${a.length} rows before, ${b.length} after`)
    const changed = a.findIndex((row, i) => row !== b[i])
    if (changed >= 0)
      differences.push(
        `${name}: row ${changed + 1} differs: ${a[changed]!.slice(0, 200)} → ${(b[changed] ?? '(none)').slice(0, 200)}`
      )
  }
  return differences
}
