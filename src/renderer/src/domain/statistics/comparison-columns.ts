import {
  comparisonTableRows,
  type ComparisonCell,
  type ComparisonTableRow,
  type MeasureComparison
} from './measure-comparison'
import { differenceHeader } from './measure-kind'
import { periodNoun } from './period-label'
import type { Sex } from './statistics-table'

/**
 * The columns of the flat comparison table, shared by "Kopiera" (TSV text)
 * and the .xlsx export so both say the same. A value the file marked missing
 * is written as its symbol (".."), a cell the file did not have is empty.
 */
export interface ComparisonColumn {
  header: string
  /** 'text' columns are written as text; 'number' columns as numbers, or the missing symbol. */
  type: 'text' | 'number'
  /** Decimals for display; the .xlsx keeps the full number with this format. */
  decimals?: number
  value(row: ComparisonTableRow): string | number | null
}

function sexValue(sex: Sex) {
  return (row: ComparisonTableRow): string | number | null => row.cell[sex] ?? row.cell.symbols[sex] ?? null
}

function derived(pick: (cell: ComparisonCell) => number | null) {
  return (row: ComparisonTableRow): number | null => pick(row.cell)
}

/** A table split by sex has women, men, total and the gap; one without has the total alone. */
export function comparisonColumns(comparison: MeasureComparison): ComparisonColumn[] {
  const columns: ComparisonColumn[] = [
    { header: 'Region', type: 'text', value: (row) => row.regionName },
    { header: 'Regionkod', type: 'text', value: (row) => row.regionCode },
    { header: periodNoun(comparison.years), type: 'text', value: (row) => row.year }
  ]
  if (!comparison.sexSplit) return [...columns, { header: 'Totalt', type: 'number', value: sexValue('total') }]
  columns.push(
    { header: 'Kvinnor', type: 'number', value: sexValue('women') },
    { header: 'Män', type: 'number', value: sexValue('men') },
    { header: 'Totalt', type: 'number', value: sexValue('total') },
    {
      header: differenceHeader(comparison.measure, 'kvinnor − män'),
      type: 'number',
      value: derived((cell) => cell.difference)
    }
  )
  if (comparison.showsShare)
    columns.push({
      header: 'Kvinnors andel (%)',
      type: 'number',
      decimals: 1,
      value: derived((cell) => cell.womenShare)
    })
  return columns
}

function tsvField(value: string | number | null, decimals: number | undefined): string {
  if (value === null) return ''
  if (typeof value === 'string') return value.replace(/[\t\r\n]+/g, ' ')
  const rounded = decimals === undefined ? value : Number(value.toFixed(decimals))
  // Swedish Excel reads a decimal comma and no thousands separator.
  return String(rounded).replace('.', ',')
}

/** The comparison as tab-separated text for the clipboard: the measure on the first line, then the table. */
export function comparisonTsv(comparison: MeasureComparison): string {
  const columns = comparisonColumns(comparison)
  const lines = [comparison.measure, columns.map((c) => c.header).join('\t')]
  for (const row of comparisonTableRows(comparison))
    lines.push(columns.map((c) => tsvField(c.value(row), c.decimals)).join('\t'))
  return `${lines.join('\n')}\n`
}
