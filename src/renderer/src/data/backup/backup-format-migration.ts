import { canonicalJson } from './canonical-json'
import { BACKUP_FORMAT_VERSION, checksumContent, type BackupFile } from './backup-format'
import { backupProblem, type BackupProblem } from './backup-problem'
import { sha256Hex } from '@/shared/sha256'

type RawFile = Record<string, unknown>

/**
 * How to read an older file layout: its own checksum rule, and how to turn it
 * into the next format version. Key n upgrades format n to n + 1. Format 1 is
 * the first released layout, so the list is empty today; tests pass their own.
 */
export interface FormatStep {
  checksum(raw: RawFile): Promise<string>
  upgrade(raw: RawFile): RawFile
}

export const formatSteps: Readonly<Record<number, FormatStep>> = {}

/** The checksum rule of the current format: SHA-256 of the canonical JSON of everything but `sha256`. */
export function currentChecksum(raw: RawFile): Promise<string> {
  return sha256Hex(canonicalJson(checksumContent(raw as unknown as BackupFile)))
}

export type FormatResult = { ok: true; raw: RawFile } | { ok: false; problem: BackupProblem }

/**
 * Checks the format version and the checksum, and brings an older layout up
 * to the current one. The version is checked before the checksum: a newer
 * format may compute its checksum another way, and its user should be told
 * to update Kugghjul, not that the file is damaged.
 */
export async function checkFormatAndChecksum(
  raw: RawFile,
  steps: Readonly<Record<number, FormatStep>> = formatSteps,
  current: number = BACKUP_FORMAT_VERSION
): Promise<FormatResult> {
  const version = raw.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: backupProblem('damaged', 'formatversionen saknas eller är ogiltig') }
  if (version > current)
    return {
      ok: false,
      problem: backupProblem('newer-format', `format ${version}, den här versionen läser högst format ${current}`)
    }
  if (version < current && !steps[version])
    return { ok: false, problem: backupProblem('damaged', `formatversion ${version} är okänd`) }

  const expected = version === current ? await currentChecksum(raw) : await steps[version]!.checksum(raw)
  if (typeof raw.sha256 !== 'string' || raw.sha256.toLowerCase() !== expected)
    return { ok: false, problem: backupProblem('checksum') }

  let upgraded = raw
  for (let v = version; v < current; v++) upgraded = { ...steps[v]!.upgrade(upgraded), formatVersion: v + 1 }
  return { ok: true, raw: upgraded }
}
