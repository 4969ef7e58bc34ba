import { openFileLimits } from '../../../../preload/contract'
import { BACKUP_FORMAT } from './backup-format'
import { detectFileKind } from '@/domain/file-kind'
import { backupProblem, wrongKindProblem, type BackupProblem } from './backup-problem'

/** Larger than any real register with statistics; beyond it the file is not ours. The same limit main opens backups with. */
export const MAX_BACKUP_BYTES = openFileLimits.backup

export type ParseResult = { ok: true; raw: Record<string, unknown> } | { ok: false; problem: BackupProblem }

const OUR_START = `{"format":"${BACKUP_FORMAT}"`

/**
 * Bytes → the file's JSON object, telling apart an empty file, a file that
 * is not JSON (a renamed spreadsheet or image), one of ours cut short, and
 * JSON from some other program. Nothing about the content is trusted yet.
 */
export function parseBackupBytes(bytes: Uint8Array): ParseResult {
  if (bytes.byteLength > MAX_BACKUP_BYTES) return fail('too-large', `${Math.round(bytes.byteLength / 1024 / 1024)} MB`)
  const kind = detectFileKind(bytes)
  if (kind !== 'other') return { ok: false, problem: wrongKindProblem(kind) }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).trim()
  } catch {
    return fail('not-json')
  }
  if (text.length === 0) return fail('empty')
  if (text[0] !== '{' && text[0] !== '[') return fail('not-json')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    if (!text.startsWith(OUR_START))
      return looksLikeJson(text) ? fail('foreign', 'filen är inte giltig JSON') : fail('not-json')
    return text.endsWith('}') ? fail('damaged', 'filens innehåll går inte att läsa som JSON') : fail('truncated')
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail('foreign', 'filen innehåller en lista i stället för en säkerhetskopia')
  const record = raw as Record<string, unknown>
  if (record.format !== BACKUP_FORMAT) return fail('foreign', foreignHint(record))
  return { ok: true, raw: record }
}

function fail(code: Parameters<typeof backupProblem>[0], detail?: string): ParseResult {
  return { ok: false, problem: backupProblem(code, detail) }
}

function looksLikeJson(text: string): boolean {
  return /^[{[]\s*["{[\]}]/.test(text)
}

/** A hint at what the file is, for the message. */
function foreignHint(record: Record<string, unknown>): string {
  if (record.formatName === 'dexie') return 'den ser ut att vara en databasexport från ett annat program'
  if ('format' in record) return `den har formatet "${String(record.format).slice(0, 40)}"`
  return 'den saknar Kugghjuls kännetecken i början av filen'
}
