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

export interface ExportOptions {
  /** The running Kugghjul's version, written into the header. */
  appVersion: string
  /** Defaults to now. */
  createdAt?: string
}

/**
 * A backup of the whole database, ready to save (dialog, download or the
 * automatic-backup folder). The app runs it in a worker
 * (backup-export-client.ts); tests and scripts call it directly.
 */
export async function exportBackup(db: KugghjulDatabase, options: ExportOptions): Promise<BackupExport> {
  const tables = await readAllTables(db)
  // The checksum is computed outside the transaction: awaiting Web Crypto inside it would end it early.
  return serializeBackup(tables, {
    appVersion: options.appVersion,
    schemaVersion: db.verno,
    createdAt: options.createdAt
  })
}
