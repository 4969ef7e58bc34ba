import type { BackupHeader } from './backup-format'

/**
 * Messages between backup-export-client.ts (main thread) and
 * backup-export.worker.ts. One request per worker: which database to read
 * (by name; the worker opens its own connection) and what to write into the
 * header. The answer is the finished file, its bytes transferred, not copied.
 */
export interface BackupExportRequest {
  type: 'export'
  databaseName: string
  appVersion: string
  createdAt?: string
}

export type BackupExportReply =
  { type: 'done'; header: BackupHeader; bytes: Uint8Array; suggestedName: string } | { type: 'error'; message: string }

export const BACKUP_EXPORT_FAILED =
  'Säkerhetskopian kunde inte göras eftersom registret inte gick att läsa. Inget har ändrats. Försök igen; händer det igen, starta om Kugghjul och försök en gång till.'
