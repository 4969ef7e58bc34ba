import Dexie from 'dexie'
import { KugghjulDatabase } from '../database'
import type { SchemaVersion } from '../schema'
import { readAllTables } from './backup-export'
import type { BackupRows } from './backup-format'

/**
 * Brings rows written by an older schema version up to the latest one by
 * sending them through the very same upgrade path as a user's database: the
 * rows go into a scratch database opened at their version, which is then
 * reopened with the full history (so Dexie runs every upgrade function) and
 * read back. The scratch database is deleted afterwards; the user's own
 * database is not touched.
 */
export async function upgradeRows(
  rows: BackupRows,
  fromVersion: number,
  versions: readonly SchemaVersion[]
): Promise<BackupRows> {
  const name = `kugghjul-restore-check-${crypto.randomUUID()}`
  try {
    const old = new KugghjulDatabase(
      name,
      versions.filter((v) => v.version <= fromVersion)
    )
    try {
      await old.transaction('rw', old.tables, async () => {
        for (const table of old.tables) await table.bulkAdd(rows[table.name] ?? [])
      })
    } finally {
      old.close()
    }
    const upgraded = new KugghjulDatabase(name, versions)
    try {
      return await readAllTables(upgraded)
    } finally {
      upgraded.close()
    }
  } finally {
    await Dexie.delete(name)
  }
}
