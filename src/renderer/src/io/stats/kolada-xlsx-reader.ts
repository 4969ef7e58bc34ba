import type { RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ParsedStatistics } from '@/domain/statistics/statistics-table'
import { fileBaseName } from './file-name'
import { readPivotTable } from './pivot-table-reader'
import type { SheetGrid } from './sheet-grid'

/**
 * A Kolada export: "Kolada nyckeltal" in A1, years in the header row, the
 * key figure (nyckeltal) and the region name without code repeated on every
 * row, an empty cell where a value is missing. Names are matched to codes;
 * aggregates such as "Stockholms läns kommuner (ovägt medel)" are reported.
 */
export function readKoladaSheet(
  file: string,
  grid: SheetGrid,
  onRows?: (done: number, total: number) => void,
  roleOverrides?: RoleOverrides
): ParsedStatistics {
  return readPivotTable({
    file,
    rows: grid.rows,
    format: 'kolada-xlsx',
    source: 'Kolada',
    fallbackTitle: fileBaseName(file),
    onRows,
    roleOverrides
  })
}
