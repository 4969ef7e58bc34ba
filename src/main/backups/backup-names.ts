import { BACKUP_NAME_PATTERN, type BackupKind } from '../../preload/contract'

const prefixes: Readonly<Record<BackupKind, string>> = {
  automatic: 'kugghjul-sakerhetskopia',
  'before-restore': 'kugghjul-fore-aterstallning'
}

/** kugghjul-sakerhetskopia-2026-11-23T081530123Z.json: the UTC time, to the millisecond, without colons (Windows). */
export function backupName(kind: BackupKind, at: Date): string {
  return `${prefixes[kind]}-${at.toISOString().replace(/[:.]/g, '')}.json`
}

export interface ParsedBackupName {
  name: string
  kind: BackupKind
  /** ISO timestamp. */
  createdAt: string
}

/** The kind and time of a name main made itself; undefined for anything else (other files, paths, traversal). */
export function parseBackupName(name: string): ParsedBackupName | undefined {
  const match = BACKUP_NAME_PATTERN.exec(name)
  if (!match) return undefined
  const [, prefix, y, mo, d, h, mi, s, ms] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string
  ]
  const createdAt = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`
  const date = new Date(createdAt)
  if (Number.isNaN(date.getTime()) || date.toISOString() !== createdAt) return undefined
  return { name, kind: prefix === 'sakerhetskopia' ? 'automatic' : 'before-restore', createdAt }
}
