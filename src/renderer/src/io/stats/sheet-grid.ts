import type { CellValue, Worksheet } from 'exceljs'
import { statisticsFileErrors } from './statistics-file-error'
import { statisticsFileLimits } from './statistics-file-limits'

/**
 * A worksheet as plain rows of plain values, 0-based, which is all the
 * statistics readers need. Built once per sheet from ExcelJS's own rows.
 */
export type GridCell = string | number | null

export interface CellRange {
  top: number
  left: number
  bottom: number
  right: number
}

export interface SheetGrid {
  name: string
  rows: GridCell[][]
  /** Merged ranges, 0-based and inclusive. */
  merges: CellRange[]
}

function plainValue(value: CellValue): GridCell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT'
  // ExcelJS has already turned date-formatted serials into Dates (with Excel's 1900 leap-year bug handled); keep the calendar day.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((run) => run.text).join('')
  if ('result' in value) return value.result === undefined ? null : plainValue(value.result as CellValue)
  if ('error' in value) return value.error
  if ('text' in value) return typeof value.text === 'string' ? value.text : null
  return null
}

interface MergeDimensions {
  top: number
  left: number
  bottom: number
  right: number
}

/** ExcelJS keeps merges in a private map; reading `worksheet.model` instead would rebuild every row. */
function mergesOf(worksheet: Worksheet): CellRange[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, MergeDimensions> })._merges ?? {}
  return Object.values(merges).map((m) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1
  }))
}

/**
 * The sheet's rows as plain values. A small file can still place a few
 * cells far apart (A1 and XFD1048576); the rows × columns it would span is
 * checked first so such a sheet is refused instead of filling memory.
 */
export function worksheetToGrid(file: string, worksheet: Worksheet): SheetGrid {
  const span = worksheet.rowCount * worksheet.columnCount
  if (span > statisticsFileLimits.maxSheetSpan) throw statisticsFileErrors.sheetTooSpread(file, worksheet.name, span)
  const rows: GridCell[][] = []
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as CellValue[]
    const cells: GridCell[] = new Array<GridCell>(Math.max(0, values.length - 1)).fill(null)
    values.forEach((value, column) => {
      if (column > 0 && value !== undefined && value !== null) cells[column - 1] = plainValue(value)
    })
    rows[rowNumber - 1] = cells
  })
  for (let index = 0; index < rows.length; index++) rows[index] ??= []
  return { name: worksheet.name, rows, merges: mergesOf(worksheet) }
}

/** A cell as trimmed text ('' for empty); numbers as written. */
export function cellText(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return ''
  return typeof cell === 'number' ? String(cell) : cell.trim()
}

export function isEmptyRow(row: readonly GridCell[] | undefined): boolean {
  return !row || row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''))
}
