import type { KugghjulDatabase } from '../database'
import type { ImportBatchRecord } from './statistics-records'

/** The tables an import writes, for the transaction scope of every statistics write. */
export function statisticsTables(db: KugghjulDatabase) {
  return [db.importBatches, db.datasets, db.series, db.auditLog]
}

/** Deletes a batch with every dataset and series it wrote; call inside a transaction over statisticsTables. */
export async function deleteBatchRows(db: KugghjulDatabase, batch: ImportBatchRecord): Promise<void> {
  await db.series.where('importBatchId').equals(batch.id).delete()
  await db.datasets.where('importBatchId').equals(batch.id).delete()
  await db.importBatches.delete(batch.id)
}

export function batchSummary(batch: ImportBatchRecord): string {
  const { series, values, missing } = batch.counts
  const n = (x: number): string => x.toLocaleString('sv-SE')
  return `${batch.fileName}: ${n(series)} rader, ${n(values)} värden, ${n(missing)} saknade`
}
