import { BACKUP_NAME_PATTERN, type BackupKind } from '../../preload/contract'

const prefixes: Readonly<Record<BackupKind, string>> = {
  automatic: 'kugghjul-sakerhetskopia',
  'before-restore': 'kugghjul-fore-aterstallning'
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0')

/**
 * kugghjul-sakerhetskopia-2026-11-24T004412345+0100.json: the machine's local
 * time (what the coordinator's clock and the backups screen show), to the
 * millisecond, without colons (Windows), with the offset so the instant stays
 * exact across a summer-time change or a move to another zone.
 */
export function backupName(kind: BackupKind, at: Date): string {
  const offset = -at.getTimezoneOffset()
  const stamp =
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` +
    `T${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}${pad(at.getMilliseconds(), 3)}` +
    `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`
  return `${prefixes[kind]}-${stamp}.json`
}

export interface ParsedBackupName {
  name: string
  kind: BackupKind
  /** ISO timestamp (UTC). */
  createdAt: string
}

/**
 * The kind and time of a name main made itself; undefined for anything else
 * (other files, paths, traversal). Names from before local time (…T081530123Z)
 * are read as the UTC instants they are.
 */
export function parseBackupName(name: string): ParsedBackupName | undefined {
  const match = BACKUP_NAME_PATTERN.exec(name)
  if (!match) return undefined
  const [, prefix, y, mo, d, h, mi, s, ms, zone] = match as unknown as string[] as [
    string,
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
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3)}`
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}${offset}`)
  if (Number.isNaN(date.getTime())) return undefined
  // The wall-clock fields must survive the round trip: 2026-02-30 or 25:00 are not times main wrote.
  const offsetMinutes =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)))
  const wallClock = new Date(date.getTime() + offsetMinutes * 60_000).toISOString()
  if (wallClock !== `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`) return undefined
  return { name, kind: prefix === 'sakerhetskopia' ? 'automatic' : 'before-restore', createdAt: date.toISOString() }
}

/** The day (YYYY-MM-DD) of a backup in the machine's local time, which is the day the coordinator lived it. */
export function localDay(createdAt: string): string {
  const at = new Date(createdAt)
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}
