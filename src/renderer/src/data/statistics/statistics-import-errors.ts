import type { ImportBatchRecord } from './statistics-records'

function swedishDateTime(iso: string): string {
  return new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' })
}

/**
 * The file was imported before (same SHA-256). Nothing was written; the
 * import view offers "Ersätt" (commit again with replaceBatchId) or "Avbryt".
 */
export class DuplicateImportError extends Error {
  constructor(readonly existing: ImportBatchRecord) {
    super(
      `Filen "${existing.fileName}" importerades redan ${swedishDateTime(existing.importedAt)} med exakt samma innehåll. ` +
        'Välj Ersätt för att ta bort den tidigare importen och läsa in filen på nytt, eller Avbryt för att behålla den som den är.'
    )
    this.name = 'DuplicateImportError'
  }
}

/** The batch a screen holds is gone, e.g. undone in another window or by a restore from backup. */
export class ImportBatchNotFoundError extends Error {
  constructor(readonly batchId: string) {
    super(
      'Importen finns inte längre – den kan redan ha ångrats eller ersatts. Ladda om importhistoriken och försök igen.'
    )
    this.name = 'ImportBatchNotFoundError'
  }
}
