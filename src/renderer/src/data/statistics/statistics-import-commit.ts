import { countSeriesCells, type WideSeries } from '@/domain/statistics/series'
import type { StatisticsFormat } from '@/domain/statistics/statistics-table'
import { recordAudit } from '../audit-log'
import { newId, nowIso, type KugghjulDatabase } from '../database'
import { writeTransaction } from '../write-transaction'
import { batchSummary, deleteBatchRows, statisticsTables } from './statistics-batch-rows'
import { DuplicateImportError, ImportBatchNotFoundError } from './statistics-import-errors'
import type { DatasetRecord, ImportBatchRecord, SeriesRecord } from './statistics-records'

/** What the import worker produced and the preview showed: one file's dataset and its wide series. */
export interface StatisticsImportInput {
  fileName: string
  sha256: string
  dataset: {
    title: string
    source: string
    format: StatisticsFormat
    measures: string[]
    years: string[]
    notes: string[]
  }
  series: readonly WideSeries[]
}

export interface CommittedImport {
  batch: ImportBatchRecord
  dataset: DatasetRecord
  /** The earlier import of the same file that this one replaced. */
  replaced: ImportBatchRecord | null
}

/** Series are added in chunks so the browser gets the main thread back between them (no task over 200 ms). */
const SERIES_CHUNK = 250

/** The earlier import of a file with these bytes, if any: asked before committing so the view can offer Ersätt or Avbryt. */
export async function findImportBySha256(db: KugghjulDatabase, sha256: string): Promise<ImportBatchRecord | undefined> {
  return db.importBatches.where('sha256').equals(sha256).first()
}

/**
 * Writes one import as a batch in one transaction: the dataset, its series
 * and the batch, with an audit entry — all or nothing. A file imported before
 * (same SHA-256) is refused with DuplicateImportError unless `replaceBatchId`
 * names that earlier batch, which is then removed in the same transaction.
 */
export async function commitStatisticsImport(
  db: KugghjulDatabase,
  input: StatisticsImportInput,
  options: { replaceBatchId?: string } = {}
): Promise<CommittedImport> {
  return writeTransaction(db, statisticsTables(db), async () => {
    let replaced: ImportBatchRecord | null = null
    // A replaced file is the same file, so its dataset keeps its id: what points at it (action-plan targets, key-measure choices) stays valid.
    let datasetId = newId()
    if (options.replaceBatchId) {
      replaced = (await db.importBatches.get(options.replaceBatchId)) ?? null
      if (!replaced) throw new ImportBatchNotFoundError(options.replaceBatchId)
      datasetId = (await db.datasets.where('importBatchId').equals(replaced.id).first())?.id ?? datasetId
      await deleteBatchRows(db, replaced)
    }
    const existing = await findImportBySha256(db, input.sha256)
    if (existing) throw new DuplicateImportError(existing)

    const now = nowIso()
    const batch: ImportBatchRecord = {
      id: newId(),
      fileName: input.fileName,
      sha256: input.sha256,
      importedAt: now,
      counts: countSeriesCells(input.series),
      createdAt: now,
      updatedAt: now
    }
    const dataset: DatasetRecord = {
      id: datasetId,
      importBatchId: batch.id,
      fileName: input.fileName,
      ...input.dataset,
      createdAt: now,
      updatedAt: now
    }
    await db.importBatches.add(batch)
    await db.datasets.add(dataset)
    for (let start = 0; start < input.series.length; start += SERIES_CHUNK) {
      const rows = input.series.slice(start, start + SERIES_CHUNK).map((s): SeriesRecord => ({
        ...s,
        id: newId(),
        datasetId: dataset.id,
        importBatchId: batch.id,
        createdAt: now,
        updatedAt: now
      }))
      await db.series.bulkAdd(rows)
    }
    const summary = replaced
      ? `Ersatte statistikimporten från ${replaced.importedAt.slice(0, 10)} med ${batchSummary(batch)} ("${dataset.title}").`
      : `Importerade statistik från ${batchSummary(batch)} ("${dataset.title}").`
    await recordAudit(db, { entityType: 'statisticsImport', entityId: batch.id, action: 'import', summary })
    return { batch, dataset, replaced }
  })
}

/** Undoes a whole import in one step: its datasets, series and the batch go, and the audit log says so. */
export async function undoStatisticsImport(db: KugghjulDatabase, batchId: string): Promise<ImportBatchRecord> {
  return writeTransaction(db, statisticsTables(db), async () => {
    const batch = await db.importBatches.get(batchId)
    if (!batch) throw new ImportBatchNotFoundError(batchId)
    await deleteBatchRows(db, batch)
    await recordAudit(db, {
      entityType: 'statisticsImport',
      entityId: batch.id,
      action: 'delete',
      summary: `Ångrade statistikimporten ${batchSummary(batch)}.`
    })
    return batch
  })
}
