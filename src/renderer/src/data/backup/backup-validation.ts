import { errorMessage } from '@/domain/error-message'
import type { KugghjulDatabase } from '../database'
import { schemaVersions as defaultVersions, type SchemaVersion } from '../schema'
import type { BackupHeader, BackupRows } from './backup-format'
import { checkFormatAndChecksum, formatSteps as defaultFormatSteps, type FormatStep } from './backup-format-migration'
import { parseBackupBytes } from './backup-parse'
import { backupProblem, type BackupProblem } from './backup-problem'
import { upgradeRows } from './backup-schema-upgrade'
import { checkStructure } from './backup-structure'
import { schemaInfo, validateRecords } from './record-validation'
import { tablesAtVersion } from './schema-tables'

export interface ValidBackup {
  /** The header as the file states it (schemaVersion is the one the rows were written with). */
  header: BackupHeader
  /** Every table's rows, brought up to the database's schema version. */
  tables: BackupRows
}

export type BackupValidation = { ok: true; backup: ValidBackup } | { ok: false; problem: BackupProblem }

export interface ValidationOptions {
  /** The schema history; tests pass their own. Must be the one `db` was opened with. */
  versions?: readonly SchemaVersion[]
  formatSteps?: Readonly<Record<number, FormatStep>>
}

/**
 * Everything that must hold before a backup may replace the register, in
 * order: the bytes parse as our JSON, the format version is one we read, the
 * checksum matches, the envelope is sound, the schema version is not newer
 * than ours (older rows go through the Dexie upgrade path), and every row has
 * the right shape and its references resolve. Reads nothing from `db` but its
 * schema; writes nothing.
 */
export async function validateBackup(
  db: KugghjulDatabase,
  bytes: Uint8Array,
  options: ValidationOptions = {}
): Promise<BackupValidation> {
  const versions = options.versions ?? defaultVersions
  const parsed = parseBackupBytes(bytes)
  if (!parsed.ok) return parsed
  const format = await checkFormatAndChecksum(parsed.raw, options.formatSteps ?? defaultFormatSteps)
  if (!format.ok) return format
  const structure = checkStructure(format.raw)
  if (!structure.ok) return structure
  const { tables: _rows, ...header } = structure.file

  const tables = await rowsAtCurrentSchema(structure.file.tables, header.schemaVersion, versions)
  if (!tables.ok) return tables
  const problem = validateRecords(tables.rows, schemaInfo(db.tables))
  return problem ? { ok: false, problem } : { ok: true, backup: { header, tables: tables.rows } }
}

async function rowsAtCurrentSchema(
  rows: BackupRows,
  schemaVersion: number,
  versions: readonly SchemaVersion[]
): Promise<{ ok: true; rows: BackupRows } | { ok: false; problem: BackupProblem }> {
  const current = versions[versions.length - 1]!.version
  if (schemaVersion > current)
    return {
      ok: false,
      problem: backupProblem('newer-schema', `databasversion ${schemaVersion}, den här versionen har ${current}`)
    }
  if (schemaVersion === current) return { ok: true, rows }
  if (!versions.some((v) => v.version === schemaVersion))
    return { ok: false, problem: backupProblem('damaged', `databasversion ${schemaVersion} har aldrig funnits`) }

  const known = new Set(tablesAtVersion(versions, schemaVersion))
  const unknown = Object.keys(rows).find((name) => !known.has(name))
  if (unknown) return { ok: false, problem: backupProblem('unknown-table', unknown) }
  try {
    return { ok: true, rows: await upgradeRows(rows, schemaVersion, versions) }
  } catch (error) {
    const reason = errorMessage(error).slice(0, 200)
    return {
      ok: false,
      problem: backupProblem(
        'invalid-record',
        `uppgifterna från databasversion ${schemaVersion} gick inte att föra över (${reason})`
      )
    }
  }
}
