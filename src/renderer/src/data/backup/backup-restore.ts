import { errorMessage } from '@/domain/error-message'
import { recordAudit } from '../audit-log'
import type { KugghjulDatabase } from '../database'
import { reapplyAnonymisations } from '../privacy/contact-person-anonymisation'
import type { AnonymisedContactPersonRecord } from '../records'
import { StorageWriteError } from '../storage-error'
import { writeTransaction } from '../write-transaction'
import { exportBackup } from './backup-export'
import type { BackupExport, BackupHeader, BackupRows } from './backup-format'
import { backupProblem, type BackupProblem } from './backup-problem'
import { validateBackup, type ValidationOptions } from './backup-validation'

export interface RestoreOptions extends ValidationOptions {
  /** The running Kugghjul's version, written into the safety backup. */
  appVersion: string
  /**
   * Receives a backup of the current data after the file has passed
   * validation and before anything is replaced, e.g. to have the main process
   * save it (platform.writeAutomaticBackup(bytes, 'before-restore')). If it
   * throws, the restore stops and nothing changes.
   */
  keepSafetyBackup?: (backup: BackupExport) => Promise<void>
  /**
   * Makes that backup of the current data; by default exportBackup in this
   * thread. The app passes exportBackupInWorker, so the window stays
   * responsive.
   */
  exportSafetyBackup?: () => Promise<BackupExport>
}

export type RestoreResult =
  | {
      ok: true
      restored: BackupHeader
      counts: Record<string, number>
      safetyBackup: BackupExport
      /** Contact persons on the list of anonymised persons that the restored data showed and that were anonymised again. */
      reanonymised: number
    }
  | { ok: false; problem: BackupProblem; safetyBackup?: BackupExport }

/**
 * Replaces the whole register with a backup file. Validation comes first and
 * reads nothing but the file; then a backup of the current data is taken and
 * handed to keepSafetyBackup; only then are all tables cleared and refilled,
 * and the anonymised contact persons anonymised again, in one transaction
 * with the audit entry, so a failure at any point leaves the register
 * exactly as it was.
 */
export async function restoreBackup(
  db: KugghjulDatabase,
  bytes: Uint8Array,
  options: RestoreOptions
): Promise<RestoreResult> {
  const validation = await validateBackup(db, bytes, options)
  if (!validation.ok) return validation
  const { header, tables } = validation.backup

  const safetyBackup = await (
    options.exportSafetyBackup ?? (() => exportBackup(db, { appVersion: options.appVersion }))
  )()
  try {
    await options.keepSafetyBackup?.(safetyBackup)
  } catch (error) {
    return { ok: false, problem: backupProblem('safety-backup-failed', reasonOf(error)), safetyBackup }
  }

  let reanonymised: number
  try {
    reanonymised = await replaceAllTables(db, tables, header)
  } catch (error) {
    return { ok: false, problem: backupProblem('write-failed', reasonOf(error)), safetyBackup }
  }
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]))
  return { ok: true, restored: header, counts, safetyBackup, reanonymised }
}

async function replaceAllTables(db: KugghjulDatabase, tables: BackupRows, header: BackupHeader): Promise<number> {
  // The list of anonymised contact persons is not replaced: the file's list is merged into it and the
  // listed persons are anonymised again (privacy/contact-person-anonymisation.ts).
  const kept = db.anonymisedContactPersons.name
  return writeTransaction(db, db.tables, async () => {
    for (const table of db.tables) {
      if (table.name === kept) continue
      await table.clear()
      await table.bulkAdd(tables[table.name] ?? [])
    }
    const reanonymised = await reapplyAnonymisations(db, (tables[kept] ?? []) as AnonymisedContactPersonRecord[])
    await recordAudit(db, {
      entityType: 'backup',
      entityId: header.sha256,
      action: 'restore',
      summary: `Registret återställdes från säkerhetskopian ${header.createdAt.slice(0, 16).replace('T', ' ')} (UTC), sparad av Kugghjul ${header.appVersion}.`
    })
    return reanonymised
  })
}

function reasonOf(error: unknown): string {
  if (error instanceof StorageWriteError)
    return error.kind === 'quota' ? 'lagringsutrymmet är fullt' : 'fel i lagringen'
  return errorMessage(error).slice(0, 200)
}
