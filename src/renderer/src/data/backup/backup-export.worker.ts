import { KugghjulDatabase } from '../database'
import { exportBackup } from './backup-export'
import { BACKUP_EXPORT_FAILED, type BackupExportReply, type BackupExportRequest } from './backup-export-messages'

/**
 * The backup worker: reads the whole register and makes the backup file off
 * the main thread, so the window stays responsive while a large register is
 * serialised and hashed. It opens the app's database by name with the same
 * schema history and runs the one exportBackup (one read transaction over
 * every table, so the snapshot is consistent even while the window writes).
 * Started by backup-export-client.ts; one request per worker.
 */
interface WorkerScope {
  postMessage(message: BackupExportReply, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<BackupExportRequest>) => void) | null
}

const scope = globalThis as unknown as WorkerScope

scope.onmessage = (event) => void answer(event.data)

async function answer(request: BackupExportRequest): Promise<void> {
  let db: KugghjulDatabase | null = null
  try {
    db = new KugghjulDatabase(request.databaseName)
    const backup = await exportBackup(db, { appVersion: request.appVersion, createdAt: request.createdAt })
    scope.postMessage({ type: 'done', ...backup }, [backup.bytes.buffer as ArrayBuffer])
  } catch (error) {
    console.error(error)
    scope.postMessage({ type: 'error', message: BACKUP_EXPORT_FAILED })
  } finally {
    db?.close()
  }
}
