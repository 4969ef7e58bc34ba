import type { RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ParsedStatistics } from '@/domain/statistics/statistics-table'
import { parseCsv } from './csv-grid'
import { fileBaseName } from './file-name'
import { readPivotTable } from './pivot-table-reader'
import { decodeText } from '../text/decode-text'

/**
 * An SCB/PxWeb CSV export: a header row naming the stub variables and the
 * years (an optional title line above), one row per stub combination.
 */
export function readCsvFile(
  file: string,
  bytes: Uint8Array,
  onRows?: (done: number, total: number) => void,
  roleOverrides?: RoleOverrides
): ParsedStatistics {
  const rows = parseCsv(decodeText(bytes).text)
  return readPivotTable({ file, rows, format: 'csv', source: '', fallbackTitle: fileBaseName(file), onRows, roleOverrides })
}
