import type { RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ParsedStatistics } from '@/domain/statistics/statistics-table'
import { parseCsv } from './csv-grid'
import { fileBaseName } from './file-name'
import { findLongTableLayout } from './long-table-layout'
import { readLongTable } from './long-table-reader'
import { readPivotTable } from './pivot-table-reader'
import { decodeText } from '../text/decode-text'

/**
 * An SCB/PxWeb/Kolada/Eurostat CSV export: either a pivot table (a header
 * row naming the stub variables and the periods, an optional title line
 * above, one row per stub combination) or a long table (one column per
 * variable, one row per value).
 */
export function readCsvFile(
  file: string,
  bytes: Uint8Array,
  onRows?: (done: number, total: number) => void,
  roleOverrides?: RoleOverrides
): ParsedStatistics {
  const rows = parseCsv(decodeText(bytes).text)
  const long = findLongTableLayout(rows)
  const common = {
    file,
    rows,
    format: 'csv' as const,
    source: '',
    fallbackTitle: fileBaseName(file),
    onRows,
    roleOverrides
  }
  return long ? readLongTable({ ...common, layout: long }) : readPivotTable(common)
}
