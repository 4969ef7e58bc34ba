/**
 * Row shapes of the statistics tables (schema version 5). Re-exported from
 * data/records.ts with the other row shapes.
 */
import type { SeriesCounts, WideSeries } from '@/domain/statistics/series'
import type { StatisticsFormat } from '@/domain/statistics/statistics-table'
import type { Timestamps } from '../records'

/** One imported table (Dataset). */
export interface DatasetRecord extends Timestamps {
  id: string
  importBatchId: string
  title: string
  /** Publisher as the file says ("SCB", "Kolada"), or ''. */
  source: string
  format: StatisticsFormat
  measures: string[]
  years: string[]
  fileName: string
  notes: string[]
}

/** One measure × region of a dataset, all its years (DESIGN.md, "Data"). */
export interface SeriesRecord extends WideSeries, Timestamps {
  id: string
  datasetId: string
  importBatchId: string
}

/** One import of one file; every dataset and series it wrote carries its id, so it is undone in one step. */
export interface ImportBatchRecord extends Timestamps {
  id: string
  fileName: string
  /** SHA-256 of the file's bytes, lower-case hex: the same file imported again is found by it. */
  sha256: string
  importedAt: string
  counts: SeriesCounts
}
