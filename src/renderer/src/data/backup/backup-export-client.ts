import type { KugghjulDatabase } from '../database'
import { exportBackup, type ExportOptions } from './backup-export'
import type { BackupExport } from './backup-format'
import type { BackupExportReply, BackupExportRequest } from './backup-export-messages'

export type BackupWorkerFactory = () => Worker

export const defaultBackupWorkerFactory: BackupWorkerFactory | null =
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./backup-export.worker.ts', import.meta.url), { type: 'module' })

/**
 * exportBackup run in a Web Worker (backup-export.worker.ts), for the app:
 * "Spara säkerhetskopia…", the daily automatic backup and the safety backup
 * before a restore. The worker reads `db`'s database through a connection of
 * its own and sends the file back; the window's main thread only receives
 * the bytes. Rejects with a Swedish message if the export itself fails.
 *
 * Where there are no workers (Node: tests, npm run seed) the export runs in
 * this thread. It also does when a worker cannot be started (its module
 * fails to load, e.g. a packaging or CSP fault): a backup that freezes the
 * window for a moment is better than no backup.
 */
export async function exportBackupInWorker(
  db: KugghjulDatabase,
  options: ExportOptions,
  createWorker: BackupWorkerFactory | null = defaultBackupWorkerFactory
): Promise<BackupExport> {
  const answer = createWorker
    ? await askWorker(createWorker, { type: 'export', databaseName: db.name, ...options })
    : 'not-started'
  return answer === 'not-started' ? exportBackup(db, options) : answer
}

function askWorker(
  createWorker: BackupWorkerFactory,
  request: BackupExportRequest
): Promise<BackupExport | 'not-started'> {
  let worker: Worker
  try {
    worker = createWorker()
  } catch (error) {
    console.warn('The backup worker could not be created; the backup is made in the window instead.', error)
    return Promise.resolve('not-started')
  }
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', ({ data }: MessageEvent<BackupExportReply>) => {
      worker.terminate()
      if (data.type === 'done') resolve({ header: data.header, bytes: data.bytes, suggestedName: data.suggestedName })
      else reject(new Error(data.message))
    })
    // The worker catches every failure of the export and answers with it, so an error event means it never ran.
    worker.addEventListener('error', (event: Event) => {
      event.preventDefault()
      console.warn('The backup worker did not start; the backup is made in the window instead.', event)
      worker.terminate()
      resolve('not-started')
    })
    worker.postMessage(request)
  })
}
