import type { KugghjulDatabase } from '../database'
import type { BackupExport, BackupRows } from './backup-format'
import { serializeBackup } from './backup-serializer'

/**
 * Every row of every table, read in one transaction so the snapshot is
 * consistent. Tables come from db.tables, so a table added by a later schema
 * version is included without changes here; rows are in primary-key order.
 */
export async function readAllTables(db: KugghjulDatabase): Promise<BackupRows> {
  return db.transaction('r', db.tables, async () => {
    const tables: BackupRows = {}
    for (const table of db.tables) tables[table.name] = await table.toArray()
    return tables
  })
}

/** A backup of the whole database, ready to save (dialog, download or the automatic-backup folder). */
export async function exportBackup(db: KugghjulDatabase, options: { appVersion: string; createdAt?: string }): Promise<BackupExport> {
  const tables = await readAllTables(db)
  // The checksum is computed outside the transaction: awaiting Web Crypto inside it would end it early.
  return serializeBackup(tables, { appVersion: options.appVersion, schemaVersion: db.verno, createdAt: options.createdAt })
}
