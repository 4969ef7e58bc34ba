import { isMissingSymbol } from '@/domain/statistics/cell-value'
import { cellText, isEmptyRow, type GridCell } from './sheet-grid'

/**
 * Where things are in an SCB static table (the be0101_tabhel layout): a
 * title row, notes, a header of several rows with merged cells, then data
 * rows with the region code and the region name in two columns ("0880" |
 * "Kalmar"; the Riket row has no code), then footnotes.
 */
export interface StaticTableLayout {
  title: string
  notes: string[]
  headerRows: number[]
  firstDataRow: number
  /** Exclusive. */
  endDataRow: number
  codeColumn: number
  valueColumns: number[]
}

const regionCode = /^(\d{2}|\d{4})$/

function hasNumberAfter(row: readonly GridCell[], column: number): boolean {
  for (let c = column + 1; c < row.length; c++) if (typeof row[c] === 'number') return true
  return false
}

/** The column holding bare 2- or 4-digit region codes (as text) next to a name column, or -1. */
export function findCodeColumn(rows: readonly GridCell[][]): number {
  for (let column = 0; column < 3; column++) {
    let coded = 0
    let numeric = 0
    for (const row of rows) {
      if (!row || !hasNumberAfter(row, column + 1)) continue
      numeric++
      const code = row[column]
      if (typeof code === 'string' && regionCode.test(code.trim()) && cellText(row[column + 1]) !== '') coded++
    }
    if (numeric > 0 && coded >= 0.8 * numeric) return column
  }
  return -1
}

function rowText(row: readonly GridCell[] | undefined): string {
  return (row ?? []).map(cellText).filter(Boolean).join(' ')
}

export function findStaticTableLayout(rows: readonly GridCell[][]): StaticTableLayout | null {
  const codeColumn = findCodeColumn(rows)
  if (codeColumn < 0) return null
  const nameColumn = codeColumn + 1
  const firstDataRow = rows.findIndex((row) => row && hasNumberAfter(row, nameColumn))
  let endDataRow = firstDataRow
  while (endDataRow < rows.length && !isEmptyRow(rows[endDataRow])) endDataRow++
  let headerStart = firstDataRow
  while (headerStart > 0 && !isEmptyRow(rows[headerStart - 1])) headerStart--
  const aboveHeader = rows.slice(0, headerStart).map(rowText).filter(Boolean)
  const below = rows.slice(endDataRow).map(rowText).filter(Boolean)

  const valueColumns: number[] = []
  const width = rows.slice(firstDataRow, endDataRow).reduce((max, row) => Math.max(max, row?.length ?? 0), 0)
  for (let c = nameColumn + 1; c < width; c++) {
    const used = rows.slice(firstDataRow, endDataRow).some((row) => {
      const cell = row?.[c]
      return typeof cell === 'number' || (typeof cell === 'string' && cell.trim() !== '' && isMissingSymbol(cell))
    })
    if (used) valueColumns.push(c)
  }
  return {
    title: aboveHeader[0] ?? '',
    notes: [...aboveHeader.slice(1), ...below],
    headerRows: Array.from({ length: firstDataRow - headerStart }, (_, i) => headerStart + i),
    firstDataRow,
    endDataRow,
    codeColumn,
    valueColumns
  }
}
