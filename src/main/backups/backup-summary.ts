import type { BackupFileSummary } from '../../preload/contract'

/** How much of a file to read for its header: the header is one short line (see data/backup/backup-format.ts). */
export const HEADER_BYTES = 64 * 1024

const FORMAT = 'kugghjul-backup'

/**
 * The header of a backup file from its first bytes, without parsing the
 * rows: the first line is the header object ending in a comma. Undefined when
 * the start of the file is not one of ours.
 */
export function readBackupSummary(start: Uint8Array): BackupFileSummary | undefined {
  const text = new TextDecoder().decode(start)
  const newline = text.indexOf('\n')
  if (newline < 0) return undefined
  const line = text.slice(0, newline).replace(/,\s*$/, '')
  let header: Record<string, unknown>
  try {
    header = JSON.parse(`${line}}`) as Record<string, unknown>
  } catch {
    return undefined
  }
  const { format, formatVersion, appVersion, schemaVersion, createdAt, counts } = header
  if (format !== FORMAT || typeof formatVersion !== 'number' || typeof appVersion !== 'string') return undefined
  if (typeof schemaVersion !== 'number' || typeof createdAt !== 'string' || !isCounts(counts)) return undefined
  return { formatVersion, appVersion, schemaVersion, createdAt, counts }
}

function isCounts(value: unknown): value is Record<string, number> {
  return typeof value === 'object' && value !== null && Object.values(value).every((n) => typeof n === 'number')
}

/** Looks like a complete file of ours: a readable header and a JSON object that is closed at the end. */
export function looksComplete(data: Uint8Array): boolean {
  if (!readBackupSummary(data.subarray(0, HEADER_BYTES))) return false
  let end = data.byteLength - 1
  while (end >= 0 && (data[end] === 0x0a || data[end] === 0x0d || data[end] === 0x20)) end--
  return end > 0 && data[end] === 0x7d
}
