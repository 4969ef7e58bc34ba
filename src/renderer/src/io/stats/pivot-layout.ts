import { isMissingSymbol, readCell } from '@/domain/statistics/cell-value'
import { periodFromCell } from '@/domain/statistics/period-label'
import { recognizeSex } from '@/domain/statistics/sex-label'
import type { RegionCache } from './dimension-role'
import { cellText, isEmptyRow, type GridCell } from './sheet-grid'
import { statisticsFileErrors } from './statistics-file-error'

/**
 * Where things are in a pivot table (PxWeb, Kolada, CSV): an optional title
 * in the first cell, header rows with years (and sexes or measures) over the
 * value columns, stub columns on the left, data rows until the first empty
 * row, then notes.
 */
export interface PivotLayout {
  title: string
  notes: string[]
  headerRows: number[]
  firstDataRow: number
  /** Exclusive. */
  endDataRow: number
  stubColumns: number
  columnCount: number
}

/** A number, a symbol, or a number written as text ("1 234", "12,5", "123*"). */
function isValueLike(cell: GridCell | undefined): boolean {
  return (
    typeof cell === 'number' || (typeof cell === 'string' && cell.trim() !== '' && readCell(cell).kind !== 'unknown')
  )
}

/** A header row whose years are numbers, not text: only year-like integers and no region or sex labels. */
function isNumericYearHeader(row: readonly GridCell[], regions: RegionCache): boolean {
  return row.every((cell) => {
    if (typeof cell === 'number') return periodFromCell(cell) !== null
    const text = cellText(cell)
    return text === '' || (!regions.match(text)?.matched && recognizeSex(text) === null)
  })
}

/** A number, or a number written as text with a footnote marker or separators ("123,4*", "1 234"); not a code such as "0880" or SCB's sex codes "1", "2". */
function isNumber(cell: GridCell | undefined): boolean {
  if (typeof cell === 'number') return true
  return (
    typeof cell === 'string' &&
    !/^\s*0\d/.test(cell) &&
    readCell(cell).kind === 'value' &&
    periodFromCell(cell) === null &&
    recognizeSex(cell) === null
  )
}

function firstNumericRow(rows: readonly GridCell[][], regions: RegionCache): number {
  return rows.findIndex(
    (row) => row.some((cell, column) => column > 0 && isNumber(cell)) && !isNumericYearHeader(row, regions)
  )
}

function stubColumnCount(
  rows: readonly GridCell[][],
  first: number,
  end: number,
  lastHeader: readonly GridCell[]
): number {
  let stubs = Infinity
  for (let r = first; r < end; r++) {
    const row = rows[r] ?? []
    const column = row.findIndex((cell, index) => index > 0 && isValueLike(cell))
    if (column > 0 && column < stubs) stubs = column
  }
  const firstYearHeading = lastHeader.findIndex((cell, index) => index > 0 && periodFromCell(cell) !== null)
  if (firstYearHeading > 0 && firstYearHeading < stubs) stubs = firstYearHeading
  return Number.isFinite(stubs) ? stubs : 1
}

/** A row with stub text and nothing but missing-value symbols or blanks under the headers is data, not header. */
function isDataWithoutValues(row: readonly GridCell[], stubs: number): boolean {
  const stubText = row.slice(0, stubs).some((cell) => cellText(cell) !== '')
  return stubText && row.slice(stubs).every((cell) => cellText(cell) === '' || isMissingSymbol(cellText(cell)))
}

function rowText(row: readonly GridCell[]): string {
  return row.map(cellText).filter(Boolean).join(' ')
}

export function findPivotLayout(file: string, rows: readonly GridCell[][], regions: RegionCache): PivotLayout {
  if (rows.every((row) => isEmptyRow(row))) throw statisticsFileErrors.emptySheet(file)
  let firstDataRow = firstNumericRow(rows, regions)
  if (firstDataRow < 0) throw statisticsFileErrors.noTable(file)
  let endDataRow = firstDataRow
  while (endDataRow < rows.length && !isEmptyRow(rows[endDataRow])) endDataRow++

  let headerStart = firstDataRow
  while (headerStart > 0 && !isEmptyRow(rows[headerStart - 1])) headerStart--
  const stubColumns = stubColumnCount(rows, firstDataRow, endDataRow, rows[firstDataRow - 1] ?? [])
  while (firstDataRow > headerStart && isDataWithoutValues(rows[firstDataRow - 1] ?? [], stubColumns)) firstDataRow--

  const titleRow = rows.findIndex((row) => !isEmptyRow(row))
  const hasTitleRow =
    titleRow < headerStart ||
    (titleRow === headerStart && firstDataRow - headerStart > 1 && isLoneText(rows[titleRow] ?? []))
  if (hasTitleRow && titleRow === headerStart) headerStart++
  const headerRows = range(headerStart, firstDataRow)
  const notes = [...range(hasTitleRow ? titleRow + 1 : headerStart, headerStart), ...range(endDataRow, rows.length)]
    .map((r) => rowText(rows[r] ?? []))
    .filter(Boolean)
  let columnCount = 0
  for (let r = headerStart; r < endDataRow; r++) columnCount = Math.max(columnCount, rows[r]?.length ?? 0)
  return {
    title: hasTitleRow ? rowText(rows[titleRow] ?? []) : '',
    notes,
    headerRows,
    firstDataRow,
    endDataRow,
    stubColumns,
    columnCount
  }
}

function isLoneText(row: readonly GridCell[]): boolean {
  return typeof row[0] === 'string' && row.slice(1).every((cell) => cellText(cell) === '')
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index)
}
