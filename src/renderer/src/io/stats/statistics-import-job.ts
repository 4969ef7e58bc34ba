import { buildImportPreview, type StatisticsImportPreview } from '@/domain/statistics/import-preview'
import { buildWideSeries, type WideSeries } from '@/domain/statistics/series'
import type { RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { StatisticsFormat } from '@/domain/statistics/statistics-table'
import { sha256Hex } from '@/shared/sha256'
import type { ProgressListener } from './read-progress'
import { readStatisticsFile } from './read-statistics-file'
import { StatisticsImportCancelled } from './statistics-import-protocol'

/**
 * Everything an import does before anything is written: read the file,
 * hash it, build the wide series and the preview. Runs inside the import
 * worker (statistics-import.worker.ts), or in the calling thread where there
 * are no workers (Node tests, the inspector). The result is compact: one
 * object per series, no per-cell objects.
 */
export interface StatisticsImportRequest {
  fileName: string
  bytes: Uint8Array
  roleOverrides?: RoleOverrides
}

export interface StatisticsImportResult {
  fileName: string
  /** SHA-256 of the bytes, lower-case hex: how a second import of the same file is recognised. */
  sha256: string
  dataset: {
    title: string
    source: string
    format: StatisticsFormat
    measures: string[]
    years: string[]
    notes: string[]
  }
  series: WideSeries[]
  preview: StatisticsImportPreview
}

/** The reader's own progress covers 0–0.9; building the series and preview the rest. */
const READ_SHARE = 0.9

export async function runStatisticsImport(
  request: StatisticsImportRequest,
  onProgress?: ProgressListener,
  isCancelled: () => boolean = () => false
): Promise<StatisticsImportResult> {
  const checkCancelled = (): void => {
    if (isCancelled()) throw new StatisticsImportCancelled()
  }
  const hashing = sha256Hex(request.bytes)
  const parsed = await readStatisticsFile(
    request.fileName,
    request.bytes,
    (p) => {
      if (p.stage !== 'done') onProgress?.({ stage: p.stage, fraction: p.fraction * READ_SHARE })
    },
    { roleOverrides: request.roleOverrides }
  )
  checkCancelled()
  onProgress?.({ stage: 'building', fraction: READ_SHARE })
  const series = buildWideSeries(parsed.observations)
  const preview = buildImportPreview(parsed, series)
  const sha256 = await hashing
  checkCancelled()
  onProgress?.({ stage: 'done', fraction: 1 })
  const { title, source, format, notes } = parsed
  return {
    fileName: request.fileName,
    sha256,
    dataset: { title, source, format, measures: preview.measures, years: preview.years, notes },
    series,
    preview
  }
}
