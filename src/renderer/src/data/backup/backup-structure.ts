import type { BackupFile } from './backup-format'
import { backupProblem, type BackupProblem } from './backup-problem'

export type StructureResult = { ok: true; file: BackupFile } | { ok: false; problem: BackupProblem }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The envelope of a checksummed, current-format file: header fields of the
 * right types, `tables` an object of lists of objects, and counts that match.
 * A mismatch here means a bug in whatever wrote the file, so it is "damaged".
 */
export function checkStructure(raw: Record<string, unknown>): StructureResult {
  const problem = structureProblem(raw)
  return problem
    ? { ok: false, problem: backupProblem('damaged', problem) }
    : { ok: true, file: raw as unknown as BackupFile }
}

function structureProblem(raw: Record<string, unknown>): string | null {
  if (typeof raw.appVersion !== 'string') return 'uppgiften om Kugghjuls version saknas'
  if (typeof raw.createdAt !== 'string' || Number.isNaN(Date.parse(raw.createdAt)))
    return 'tidpunkten för säkerhetskopian saknas'
  if (typeof raw.schemaVersion !== 'number' || !Number.isInteger(raw.schemaVersion) || raw.schemaVersion < 1)
    return 'databasversionen saknas'
  if (!isPlainObject(raw.tables)) return 'tabellerna saknas'
  if (!isPlainObject(raw.counts)) return 'antalet rader per tabell saknas'
  for (const [name, rows] of Object.entries(raw.tables)) {
    if (!Array.isArray(rows)) return `tabellen ${name} är inte en lista`
    if (raw.counts[name] !== rows.length)
      return `tabellen ${name} har ${rows.length} rader men filen anger ${String(raw.counts[name])}`
    const index = rows.findIndex((row) => !isPlainObject(row))
    if (index >= 0) return `rad ${index + 1} i tabellen ${name} är ingen post`
  }
  const missing = Object.keys(raw.counts).filter((name) => !(name in (raw.tables as object)))
  return missing.length > 0 ? `tabellen ${missing[0]} saknas` : null
}
