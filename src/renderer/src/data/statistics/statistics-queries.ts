import { keyMeasureRegions, type KeyMeasureChoice } from '@/domain/statistics/key-measures'
import type { KugghjulDatabase } from '../database'
import type { DatasetRecord, ImportBatchRecord, SeriesRecord } from './statistics-records'

/** Reads for the Statistik screens. */

/** The import history, newest first. */
export async function listImportBatches(db: KugghjulDatabase): Promise<ImportBatchRecord[]> {
  return (await db.importBatches.toArray()).sort((a, b) => b.importedAt.localeCompare(a.importedAt))
}

/** Every dataset, newest import first. */
export async function listDatasets(db: KugghjulDatabase): Promise<DatasetRecord[]> {
  return (await db.datasets.toArray()).sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title, 'sv')
  )
}

/** All regions' series of one measure of one dataset: what the measure view compares. */
export async function loadMeasureSeries(
  db: KugghjulDatabase,
  datasetId: string,
  measure: string
): Promise<SeriesRecord[]> {
  return db.series.where('[datasetId+measure]').equals([datasetId, measure]).toArray()
}

/** One measure's series for the given regions only (a member's kommun, its county, Riket). */
export async function loadMeasureSeriesForRegions(
  db: KugghjulDatabase,
  datasetId: string,
  measure: string,
  regionCodes: readonly string[]
): Promise<SeriesRecord[]> {
  const rows = await db.series
    .where('[measure+regionCode]')
    .anyOf(regionCodes.map((code) => [measure, code]))
    .toArray()
  return rows.filter((row) => row.datasetId === datasetId)
}

/** Every series a batch wrote (for the import history's detail and for tests). */
export async function loadBatchSeries(db: KugghjulDatabase, batchId: string): Promise<SeriesRecord[]> {
  return db.series.where('importBatchId').equals(batchId).toArray()
}

/** The series keyMeasuresFor needs for a kommun: each chosen measure's series for the kommun, its county and Riket. */
export async function loadKeyMeasureInputs(
  db: KugghjulDatabase,
  choices: readonly KeyMeasureChoice[],
  municipalityCode: string
): Promise<{ choice: KeyMeasureChoice; series: SeriesRecord[] }[]> {
  const regions = keyMeasureRegions(municipalityCode)
  return Promise.all(
    choices.map(async (choice) => ({
      choice,
      series: await loadMeasureSeriesForRegions(db, choice.datasetId, choice.measure, regions)
    }))
  )
}
