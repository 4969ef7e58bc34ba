/**
 * The backup file (säkerhetskopia): one UTF-8 JSON file holding every table.
 *
 * Layout, so a reader can get the header without parsing the rows (the main
 * process lists backups this way): the first line is the header object with
 * every field but `tables`, ending in a comma; then `"tables":{`, then one
 * line per row. It is still plain JSON.
 *
 *   {"format":"kugghjul-backup","formatVersion":1,…,"sha256":"…",
 *   "tables":{
 *   "auditLog":[
 *   {…},
 *   …
 *   ]}}
 *
 * `sha256` is the SHA-256 (hex) of the canonical JSON (object keys sorted, no
 * whitespace) of the whole file object without the `sha256` field.
 */

export const BACKUP_FORMAT = 'kugghjul-backup'

/**
 * Version of the file layout and checksum rule (not of the data: that is
 * `schemaVersion`). Raise it when the envelope changes, and add a migration
 * from the old layout in backup-format-migration.ts.
 */
export const BACKUP_FORMAT_VERSION = 1

export type BackupRows = Record<string, unknown[]>

export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  /** The Kugghjul version that wrote the file. */
  appVersion: string
  /** The Dexie schema version the rows were read from. */
  schemaVersion: number
  /** ISO timestamp. */
  createdAt: string
  /** Rows per table. */
  counts: Record<string, number>
  sha256: string
}

export interface BackupFile extends BackupHeader {
  tables: BackupRows
}

/** A backup ready to be saved: the file's bytes and what its header says. */
export interface BackupExport {
  header: BackupHeader
  bytes: Uint8Array
  /** A name for a save dialog or download, e.g. kugghjul-sakerhetskopia-2026-11-23-0815.json. */
  suggestedName: string
}

/** The part of the file the checksum covers: everything but the checksum itself. */
export function checksumContent(file: Omit<BackupFile, 'sha256'> & { sha256?: string }): Omit<BackupFile, 'sha256'> {
  const { sha256: _ignored, ...content } = file
  return content
}
