import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { useDatabase } from '@/data/database-instance'
import type { DatasetRecord, ImportBatchRecord, SeriesRecord } from '@/data/records'
import { countActionsTargeting } from '@/data/statistics/dataset-links'
import { loadKeyMeasureChoices, saveKeyMeasureChoices } from '@/data/statistics/key-measure-setting'
import {
  commitStatisticsImport,
  findImportBySha256,
  undoStatisticsImport,
  type CommittedImport
} from '@/data/statistics/statistics-import-commit'
import { DuplicateImportError } from '@/data/statistics/statistics-import-errors'
import {
  listDatasets,
  listImportBatches,
  loadKeyMeasureInputs,
  loadMeasureSeries
} from '@/data/statistics/statistics-queries'
import { datasetTitle } from '@/domain/statistics/import-preview'
import { keyMeasuresFor, type KeyMeasureChoice, type KeyMeasureFigure } from '@/domain/statistics/key-measures'
import type { MeasureComparison } from '@/domain/statistics/measure-comparison'
import type { StatisticsImportClient, StatisticsImportOptions } from '@/io/stats/statistics-import-client'
import type { StatisticsImportResult } from '@/io/stats/statistics-import-job'
import { openFileLimits } from '@/platform/platform'
import { useAppStore } from './app'

/** The largest statistics file the picker accepts; the readers' own guard checks the rest. */
export const STATISTICS_FILE_MAX_BYTES = openFileLimits.statistics
export const STATISTICS_FILE_FILTERS = [
  { name: 'Statistikfiler (.xlsx, .csv, .px, .json)', extensions: ['xlsx', 'csv', 'px', 'json'] }
]

const sameChoice = (a: KeyMeasureChoice, b: KeyMeasureChoice): boolean =>
  a.datasetId === b.datasetId && a.measure === b.measure

/** A name the save dialog and the download accept: no folder or special characters. */
function exportFileName(measure: string, today: string): string {
  const base =
    measure
      .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'Statistik'
  return `${base} ${today}.xlsx`
}

/**
 * Imported statistics: the datasets, the import history, reading a file in
 * the import worker, committing and undoing a batch, and the coordinator's
 * key measures for the member pages.
 */
export const useStatisticsStore = defineStore('statistics', () => {
  const app = useAppStore()
  const datasets = shallowRef<DatasetRecord[]>([])
  const batches = shallowRef<ImportBatchRecord[]>([])
  const keyMeasures = ref<KeyMeasureChoice[]>([])
  const loaded = ref(false)
  let client: StatisticsImportClient | null = null

  async function load(): Promise<void> {
    const db = useDatabase()
    ;[datasets.value, batches.value, keyMeasures.value] = await Promise.all([
      listDatasets(db),
      listImportBatches(db),
      loadKeyMeasureChoices(db)
    ])
    loaded.value = true
  }

  async function ensureLoaded(): Promise<void> {
    if (!loaded.value) await load()
  }

  const datasetById = (id: string): DatasetRecord | undefined => datasets.value.find((d) => d.id === id)

  /**
   * Reads a file in the import worker; nothing is written. Null when the read
   * was cancelled. The client (and with it the worker) is loaded on first use.
   */
  async function readFile(
    fileName: string,
    bytes: Uint8Array,
    options: StatisticsImportOptions = {}
  ): Promise<StatisticsImportResult | null> {
    const { createStatisticsImportClient, StatisticsImportCancelled } =
      await import('@/io/stats/statistics-import-client')
    client ??= createStatisticsImportClient()
    try {
      return await client.read(fileName, bytes, options)
    } catch (error) {
      if (error instanceof StatisticsImportCancelled) return null
      throw error
    }
  }

  /** Stops a read in progress (the import screen was left). */
  function stopReading(): void {
    client?.dispose()
  }

  const findDuplicate = (sha256: string) => findImportBySha256(useDatabase(), sha256)

  /**
   * Writes the read file as one batch, under `title` when the user renamed it
   * in the preview; the same file imported before comes back as `duplicate`, with nothing written.
   */
  async function commit(
    result: StatisticsImportResult,
    replaceBatchId?: string,
    title = ''
  ): Promise<{ ok: true; committed: CommittedImport } | { ok: false; duplicate: ImportBatchRecord }> {
    const named = { ...result, dataset: { ...result.dataset, title: datasetTitle(title, result.dataset.title) } }
    try {
      const committed = await commitStatisticsImport(useDatabase(), named, replaceBatchId ? { replaceBatchId } : {})
      return { ok: true, committed }
    } catch (error) {
      if (error instanceof DuplicateImportError) return { ok: false, duplicate: error.existing }
      throw error
    } finally {
      await load()
    }
  }

  /** How many action targets point at a batch's datasets: the undo question warns about them. */
  async function actionsLinkedTo(batchId: string): Promise<number> {
    return countActionsTargeting(
      useDatabase(),
      datasets.value.filter((d) => d.importBatchId === batchId).map((d) => d.id)
    )
  }

  async function undo(batchId: string): Promise<ImportBatchRecord> {
    const batch = await undoStatisticsImport(useDatabase(), batchId)
    await load()
    return batch
  }

  const measureSeries = (datasetId: string, measure: string): Promise<SeriesRecord[]> =>
    loadMeasureSeries(useDatabase(), datasetId, measure)

  const isKeyMeasure = (choice: KeyMeasureChoice): boolean => keyMeasures.value.some((c) => sameChoice(c, choice))

  async function setKeyMeasure(choice: KeyMeasureChoice, shown: boolean): Promise<void> {
    const rest = keyMeasures.value.filter((c) => !sameChoice(c, choice))
    const next = shown ? [...rest, choice] : rest
    await saveKeyMeasureChoices(useDatabase(), next)
    keyMeasures.value = next
  }

  /** The key measures for a kommun; choices whose dataset was undone are left out. */
  async function keyMeasuresForMunicipality(municipalityCode: string): Promise<KeyMeasureFigure[]> {
    await ensureLoaded()
    const choices = keyMeasures.value.filter((c) => datasetById(c.datasetId)?.measures.includes(c.measure))
    return keyMeasuresFor(municipalityCode, await loadKeyMeasureInputs(useDatabase(), choices, municipalityCode))
  }

  /** Writes the comparison as .xlsx (ExcelJS loaded now) and saves it; the saved name, or null when the user cancelled. */
  async function exportComparison(comparison: MeasureComparison, dataset: DatasetRecord): Promise<string | null> {
    const { exportMeasureComparison } = await import('@/io/excel/measure-comparison-export')
    const bytes = await exportMeasureComparison(comparison, { source: dataset.source, datasetTitle: dataset.title })
    const saved = await app
      .requirePlatform()
      .saveFile(exportFileName(comparison.measure, app.today), bytes, [
        { name: 'Excel-arbetsbok', extensions: ['xlsx'] }
      ])
    return saved.status === 'saved' ? saved.path : null
  }

  return {
    datasets,
    batches,
    keyMeasures,
    loaded,
    load,
    ensureLoaded,
    datasetById,
    readFile,
    stopReading,
    findDuplicate,
    commit,
    actionsLinkedTo,
    undo,
    measureSeries,
    isKeyMeasure,
    setKeyMeasure,
    keyMeasuresForMunicipality,
    exportComparison
  }
})
