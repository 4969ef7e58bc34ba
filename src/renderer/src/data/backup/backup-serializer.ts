import { canonicalJson } from './canonical-json'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupExport,
  type BackupHeader,
  type BackupRows
} from './backup-format'
import { sha256Hex } from '@/shared/sha256'

export interface BackupMeta {
  appVersion: string
  schemaVersion: number
  /** Defaults to now. */
  createdAt?: string
}

/**
 * Turns rows into a backup file in the documented layout (see
 * backup-format.ts). Tables are written in name order; rows in the order
 * given (export passes primary-key order).
 */
export async function serializeBackup(tables: BackupRows, meta: BackupMeta): Promise<BackupExport> {
  const names = Object.keys(tables).sort()
  const sorted: BackupRows = {}
  const counts: Record<string, number> = {}
  for (const name of names) {
    sorted[name] = tables[name]!
    counts[name] = tables[name]!.length
  }
  const createdAt = meta.createdAt ?? new Date().toISOString()
  const content: Omit<BackupHeader, 'sha256'> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    createdAt,
    counts
  }
  const sha256 = await sha256Hex(canonicalJson({ ...content, tables: sorted }))
  const header: BackupHeader = { ...content, sha256 }
  return { header, bytes: encodeLayout(header, sorted), suggestedName: backupFileName(createdAt) }
}

/** Header line first, then one row per line, so the header can be read without the rows. */
function encodeLayout(header: BackupHeader, tables: BackupRows): Uint8Array {
  const headerJson = JSON.stringify(header)
  const parts: string[] = [headerJson.slice(0, -1), ',\n"tables":{']
  Object.entries(tables).forEach(([name, rows], t) => {
    parts.push(t > 0 ? ',\n' : '\n', JSON.stringify(name), ':[')
    rows.forEach((row, i) => parts.push(i > 0 ? ',\n' : '\n', JSON.stringify(row)))
    parts.push(rows.length > 0 ? '\n]' : ']')
  })
  parts.push('\n}}\n')
  return new TextEncoder().encode(parts.join(''))
}

/** kugghjul-sakerhetskopia-2026-11-23-0915.json: the backup's time on the coordinator's clock (the machine's local time). */
export function backupFileName(createdAt: string): string {
  const at = new Date(createdAt)
  const pad = (n: number): string => String(n).padStart(2, '0')
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`
  return `kugghjul-sakerhetskopia-${stamp}.json`
}
