import type { Table } from 'dexie'
import type { KugghjulDatabase } from './database'
import { asStorageError } from './storage-error'

/**
 * A read-write transaction whose storage failures (full disk, quota, broken
 * storage) come out as a StorageWriteError with a Swedish message. The
 * transaction is all or nothing, so such a failure loses nothing saved before.
 * Every repository write goes through here.
 */
export async function writeTransaction<T>(
  db: KugghjulDatabase,
  tables: readonly Table[],
  work: () => Promise<T>
): Promise<T> {
  try {
    return await db.transaction('rw', tables as Table[], work)
  } catch (error) {
    throw asStorageError(error)
  }
}
