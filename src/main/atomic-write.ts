import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The slice of node:fs/promises an atomic write needs; tests pass a faulty one. */
export interface AtomicWriteFs {
  open: typeof nodeFs.open
  rename: typeof nodeFs.rename
  rm: typeof nodeFs.rm
}

/**
 * Writes `data` to `path` so that a crash at any moment leaves either the old
 * file or the new one, never a mix: write a temp file beside it, fsync, rename
 * over the target, then fsync the folder so the rename itself is durable.
 */
export async function writeFileAtomic(path: string, data: Uint8Array, fs: AtomicWriteFs = nodeFs): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await fs.open(temp, 'w')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, path)
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(path), fs)
}

async function syncFolder(folder: string, fs: AtomicWriteFs): Promise<void> {
  // Windows cannot open a folder for fsync; the rename is still atomic there.
  try {
    const handle = await fs.open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    /* best effort */
  }
}
