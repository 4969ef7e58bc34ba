import { readCell } from '@/domain/statistics/cell-value'
import { periodFromCell } from '@/domain/statistics/period-label'
import { roleFromHeading } from './dimension-role'
import { cellText, isEmptyRow, type GridCell } from './sheet-grid'

/**
 * Where things are in a long ("relational", tidy) table, as PxWeb, Kolada
 * and Eurostat offer it: a header row naming every column, one column per
 * variable (region, kön, år, …) and the values in the last numeric
 * column(s), one row per value. Found when the header has no periods of its
 * own (those are pivot tables) and one column holds periods.
 */
export interface LongTableLayout {
  title: string
  notes: string[]
  headerRow: number
  firstDataRow: number
  /** Exclusive. */
  endDataRow: number
  headings: string[]
  /** Columns holding variables (region, sex, time, parts of the measure), left to right. */
  dimensionColumns: number[]
  /** The column holding the time period, or -1 when only the overrides can tell. */
  timeColumn: number
  /** Columns holding values; each one's heading names its measure. */
  valueColumns: number[]
}

function isValueCell(cell: GridCell | undefined): boolean {
  if (cell === null || cell === undefined || typeof cell === 'number') return true
  return readCell(cell).kind !== 'unknown'
}

function isPeriodCell(cell: GridCell | undefined): boolean {
  return periodFromCell(typeof cell === 'string' ? cell.trim() : cell) !== null
}

function columnIs(
  rows: readonly GridCell[][],
  from: number,
  to: number,
  column: number,
  test: (cell: GridCell | undefined) => boolean
): boolean {
  for (let r = from; r < to; r++) if (!test(rows[r]?.[column])) return false
  return true
}

function rowText(row: readonly GridCell[] | undefined): string {
  return (row ?? []).map(cellText).filter(Boolean).join(' ')
}

export function findLongTableLayout(rows: readonly GridCell[][]): LongTableLayout | null {
  const headerRow = rows.findIndex((row, index) => {
    const texts = row.filter((cell) => typeof cell === 'string' && cell.trim() !== '').length
    return texts >= 2 && row.every((cell) => cell === null || typeof cell === 'string') && !isEmptyRow(rows[index + 1])
  })
  if (headerRow < 0) return null
  const header = rows[headerRow] ?? []
  const headings = header.map(cellText)
  if (headings.some((heading, column) => column > 0 && periodFromCell(heading) !== null)) return null
  const firstDataRow = headerRow + 1
  let endDataRow = firstDataRow
  while (endDataRow < rows.length && !isEmptyRow(rows[endDataRow])) endDataRow++
  const width = headings.length

  let firstValue = width
  while (firstValue > 0 && columnIs(rows, firstDataRow, endDataRow, firstValue - 1, isValueCell)) firstValue--
  // Trailing columns of flags or notes (Eurostat's OBS_FLAG) follow the values.
  let lastValue = width - 1
  if (firstValue === width) {
    lastValue = [...Array(width).keys()].findLast((c) => columnIs(rows, firstDataRow, endDataRow, c, isValueCell)) ?? -1
    if (lastValue < 1) return null
    firstValue = lastValue
    while (firstValue > 0 && columnIs(rows, firstDataRow, endDataRow, firstValue - 1, isValueCell)) firstValue--
  }
  const timeHeaded = headings.findIndex((heading) => roleFromHeading(heading) === 'year')
  let timeColumn =
    timeHeaded >= 0 && timeHeaded < lastValue && columnIs(rows, firstDataRow, endDataRow, timeHeaded, isPeriodCell)
      ? timeHeaded
      : -1
  if (timeColumn < 0) {
    timeColumn =
      [...Array(lastValue).keys()].find(
        (c) => columnIs(rows, firstDataRow, endDataRow, c, isPeriodCell) && cellText(rows[firstDataRow]?.[c]) !== ''
      ) ?? -1
  }
  if (timeColumn < 0) return null
  if (timeColumn >= firstValue) firstValue = timeColumn + 1
  if (firstValue > lastValue) return null
  const valueColumns = Array.from({ length: lastValue - firstValue + 1 }, (_, i) => firstValue + i)
  const dimensionColumns = Array.from({ length: firstValue }, (_, i) => i)
  const titleRow = rows.findIndex((row) => !isEmptyRow(row))
  const title = titleRow < headerRow ? rowText(rows[titleRow]) : ''
  const notes = rows
    .slice(titleRow < headerRow ? titleRow + 1 : headerRow, headerRow)
    .concat(rows.slice(endDataRow))
    .map(rowText)
    .filter(Boolean)
  return { title, notes, headerRow, firstDataRow, endDataRow, headings, dimensionColumns, timeColumn, valueColumns }
}
