import type * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import {
  limits,
  type BackupInfo,
  type BackupKind,
  type ListBackupsResult,
  type ReadBackupResult
} from '../../preload/contract'
import { backupName, parseBackupName, type ParsedBackupName } from './backup-names'
import { backupsToRemove } from './backup-rotation'
import { HEADER_BYTES, looksComplete, readBackupSummary } from './backup-summary'

/** The file-system calls the backup folder makes; tests pass a real temp folder or a faulty one. */
export interface BackupFolderDeps {
  /** <userData>/backups */
  folder: string
  fs: Pick<typeof nodeFs, 'mkdir' | 'readdir' | 'stat' | 'readFile' | 'rm' | 'open'>
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>
  now(): Date
  /**
   * A folder the user chose (a network share) must already be there: creating
   * it again would put the backups on the local disk under an unmounted share.
   */
  mustExist?: boolean
}

export type FolderWriteResult =
  { status: 'written'; backup: BackupInfo; removed: string[] } | { status: 'refused'; message: string }

export interface BackupFolder {
  /** `at` names the file (default: now), so two places can hold the same backup under the same name. */
  write(data: Uint8Array, kind: BackupKind, at?: Date): Promise<FolderWriteResult>
  list(): Promise<ListBackupsResult>
  /** `name` must be one main made (parseBackupName); anything else is not found. */
  read(name: string): Promise<ReadBackupResult>
}

const INCOMPLETE =
  'Säkerhetskopian är ofullständig och sparades inte. De säkerhetskopior som redan finns är orörda. Försök igen; händer det igen, starta om Kugghjul.'

/**
 * The automatic-backup folder: writes backups atomically under names it
 * makes itself, rotates old ones (backup-rotation.ts), lists them with their
 * header and reads one back by name. Writes run one at a time, so two
 * rotations never race.
 */
export function createBackupFolder(deps: BackupFolderDeps): BackupFolder {
  const { folder, fs } = deps
  let queue: Promise<unknown> = Promise.resolve()

  async function ours(): Promise<ParsedBackupName[]> {
    let names: string[]
    try {
      names = await fs.readdir(folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    return names.map(parseBackupName).filter((b): b is ParsedBackupName => b !== undefined)
  }

  async function info(backup: ParsedBackupName): Promise<BackupInfo> {
    const path = join(folder, backup.name)
    const { size } = await fs.stat(path)
    const handle = await fs.open(path, 'r')
    try {
      const start = new Uint8Array(Math.min(size, HEADER_BYTES))
      await handle.read(start, 0, start.byteLength, 0)
      return {
        name: backup.name,
        kind: backup.kind,
        createdAt: backup.createdAt,
        sizeBytes: size,
        summary: readBackupSummary(start) ?? null
      }
    } finally {
      await handle.close()
    }
  }

  async function uniqueName(kind: BackupKind, existing: readonly ParsedBackupName[], at: Date): Promise<string> {
    const taken = new Set(existing.map((b) => b.name))
    let name = backupName(kind, at)
    for (let ms = 1; taken.has(name); ms++) name = backupName(kind, new Date(at.getTime() + ms))
    return name
  }

  async function write(data: Uint8Array, kind: BackupKind, at: Date): Promise<FolderWriteResult> {
    if (!looksComplete(data)) return { status: 'refused', message: INCOMPLETE }
    if (deps.mustExist) {
      if (!(await fs.stat(folder)).isDirectory())
        throw Object.assign(new Error(`${folder} är ingen mapp`), { code: 'ENOTDIR' })
    } else await fs.mkdir(folder, { recursive: true })
    const name = await uniqueName(kind, await ours(), at)
    await deps.writeFileAtomic(join(folder, name), data)
    const removed: string[] = []
    for (const old of backupsToRemove(await ours())) {
      // A file that cannot be removed now (locked by a virus scanner) goes at the next rotation.
      await fs.rm(join(folder, old), { force: true }).then(
        () => removed.push(old),
        () => undefined
      )
    }
    return { status: 'written', backup: await info(parseBackupName(name)!), removed }
  }

  return {
    write(data, kind, at = deps.now()) {
      const result = queue.then(() => write(data, kind, at))
      queue = result.catch(() => undefined)
      return result
    },

    async list() {
      const backups = await Promise.all((await ours()).map(info))
      backups.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
      return { status: 'listed', folder, backups }
    },

    async read(name) {
      // Only a name main made, joined to the backup folder: no path from the renderer reaches the disk.
      const parsed = parseBackupName(name)
      if (!parsed) return { status: 'not-found', name }
      const path = join(folder, parsed.name)
      try {
        if ((await fs.stat(path)).size > limits.maxOpenBytes) return { status: 'not-found', name }
        return { status: 'read', name, bytes: new Uint8Array(await fs.readFile(path)) }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'not-found', name }
        throw error
      }
    }
  }
}
