import { detectFileKind } from '@/domain/file-kind'
import type { RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ParsedStatistics } from '@/domain/statistics/statistics-table'
import { readCsvFile } from './csv-reader'
import { fileExtension } from './file-name'
import { readJsonStatFile } from './json-stat-reader'
import { readPxFile } from './px-reader'
import type { ProgressListener } from './read-progress'
import { statisticsFileErrors } from './statistics-file-error'
import { statisticsFileLimits } from './statistics-file-limits'
import { readXlsxStatistics } from './xlsx-statistics-reader'

/**
 * The one entry to the statistics readers: guard the file, find out what
 * it is, and read it into observations. Runs unchanged in Node (the
 * inspector, tests) and in a Web Worker. Throws StatisticsFileError, whose
 * message is meant for the user.
 */
export type StatisticsFileKind = 'xlsx' | 'px' | 'csv' | 'json'

/** What a file is, by its content first and its extension second. */
export function detectStatisticsFileKind(file: string, bytes: Uint8Array): StatisticsFileKind {
  const extension = fileExtension(file)
  const kind = detectFileKind(bytes)
  if (kind === 'xlsx') return 'xlsx'
  if (kind === 'legacy-excel' || kind === 'legacy-office') throw statisticsFileErrors.legacyXls(file)
  if (kind !== 'other') throw statisticsFileErrors.wrongKind(file, kind)
  if (extension === 'xlsx' || extension === 'xlsm') throw statisticsFileErrors.notASpreadsheet(file)
  if (extension === 'px') return 'px'
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  if (extension === 'json' || /^(\xef\xbb\xbf)?\s*\{/.test(head)) return 'json'
  return /^\s*(CHARSET|AXIS-VERSION|LANGUAGE|CODEPAGE)\s*=/.test(head) ? 'px' : 'csv'
}

export interface StatisticsReadOptions {
  /** The user's corrections of detected dimensions, by DetectedDimension.key (from an earlier read's `dimensions`). */
  roleOverrides?: RoleOverrides
}

export async function readStatisticsFile(
  file: string,
  bytes: Uint8Array,
  onProgress?: ProgressListener,
  options: StatisticsReadOptions = {}
): Promise<ParsedStatistics> {
  onProgress?.({ stage: 'checking', fraction: 0 })
  if (bytes.length === 0) throw statisticsFileErrors.emptyFile(file)
  if (bytes.length > statisticsFileLimits.maxFileBytes) {
    throw statisticsFileErrors.fileTooLarge(file, bytes.length, statisticsFileLimits.maxFileBytes)
  }
  const kind = detectStatisticsFileKind(file, bytes)
  const { roleOverrides } = options
  const onRows = (done: number, total: number): void => onProgress?.({ stage: 'parsing', fraction: done / total })
  const parsed =
    kind === 'xlsx'
      ? await readXlsxStatistics(file, bytes, onProgress, roleOverrides)
      : kind === 'px'
        ? readPxFile(file, bytes, roleOverrides)
        : kind === 'json'
          ? readJsonStatFile(file, bytes, roleOverrides)
          : readCsvFile(file, bytes, onRows, roleOverrides)
  onProgress?.({ stage: 'done', fraction: 1 })
  return parsed
}
