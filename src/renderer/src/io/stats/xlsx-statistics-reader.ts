import type { RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ParsedStatistics } from '@/domain/statistics/statistics-table'
import { readKoladaSheet } from './kolada-xlsx-reader'
import { readLongSheet, readPxwebSheet } from './pxweb-xlsx-reader'
import type { ProgressListener } from './read-progress'
import { isEmptyRow, worksheetToGrid } from './sheet-grid'
import { statisticsFileErrors } from './statistics-file-error'
import { readStaticSheets } from './static-xlsx-reader'
import { detectXlsxLayout } from './xlsx-layout'
import { normaliseXlsx } from './xlsx-normaliser'
import { loadWorkbook } from './xlsx-workbook'

/** An .xlsx from SCB (PxWeb or static table) or Kolada: guard and normalise the package, load it with ExcelJS, read the sheet. */
export async function readXlsxStatistics(
  file: string,
  bytes: Uint8Array,
  onProgress?: ProgressListener,
  roleOverrides?: RoleOverrides
): Promise<ParsedStatistics> {
  onProgress?.({ stage: 'unpacking', fraction: 0.05 })
  const packageBytes = normaliseXlsx(file, bytes)
  onProgress?.({ stage: 'loading', fraction: 0.15 })
  const workbook = await loadWorkbook(file, packageBytes)
  onProgress?.({ stage: 'parsing', fraction: 0.7 })
  if (workbook.worksheets.length === 0) throw statisticsFileErrors.noWorksheet(file)
  const grids = workbook.worksheets
    .map((sheet) => worksheetToGrid(file, sheet))
    .filter((grid) => grid.rows.some((row) => !isEmptyRow(row)))
  const [first] = grids
  if (!first) throw statisticsFileErrors.emptySheet(file)
  const layout = detectXlsxLayout(first)
  if (layout === 'static-xlsx') return readStaticSheets(file, grids)
  const onRows = (done: number, total: number): void =>
    onProgress?.({ stage: 'parsing', fraction: 0.75 + (0.25 * done) / total })
  const parsed =
    layout === 'kolada-xlsx'
      ? readKoladaSheet(file, first, onRows, roleOverrides)
      : layout === 'long-xlsx'
        ? readLongSheet(file, first, onRows, roleOverrides)
        : readPxwebSheet(file, first, onRows, roleOverrides)
  if (grids.length > 1) {
    const ignored = grids
      .slice(1)
      .map((grid) => `"${grid.name}"`)
      .join(', ')
    parsed.warnings.push(
      `Bara det första bladet ("${first.name}") lästes in; bladen ${ignored} hoppades över. Spara dem som egna filer om de också ska importeras.`
    )
  }
  return parsed
}
