import { ObservationCollector } from '@/domain/statistics/observation-collector'
import { periodFromCell, yearFromTitle } from '@/domain/statistics/period-label'
import { recognizeCodedRegion } from '@/domain/statistics/region-label'
import { recognizeSex } from '@/domain/statistics/sex-label'
import type { ParsedStatistics, Sex } from '@/domain/statistics/statistics-table'
import { cellText, type CellRange, type SheetGrid } from './sheet-grid'
import { statisticsFileErrors } from './statistics-file-error'
import { findStaticTableLayout, type StaticTableLayout } from './static-table-layout'

/**
 * SCB's static tables (e.g. be0101_tabhel2023.xlsx): one sheet per sex
 * (Totalt, Kvinnor, Män) or the sex last in the title, one year named in the
 * title, and one measure per column named by a multi-row header.
 */

function spansColumns(merges: readonly CellRange[], row: number, column: number): boolean {
  return merges.some(
    (m) => m.left < m.right && row >= m.top && row <= m.bottom && column >= m.left && column <= m.right
  )
}

/**
 * Joins a column's header pieces: "Folk-" + "ökning" → "Folkökning", "Levande" + "födda" →
 * "Levande födda", and a merged group heading is followed by a comma and a lower-case
 * start: "Inflyttade" + "därav från" + "Egna" + "länet" → "Inflyttade, därav från egna länet".
 * Footnote digits ("Utflyttade1") are dropped.
 */
export function columnMeasure(grid: SheetGrid, headerRows: readonly number[], column: number): string {
  let measure = ''
  let pieces = 0
  let afterGroup = false
  for (const row of headerRows) {
    let piece = cellText(grid.rows[row]?.[column]).replace(/(\p{L})\d+$/u, '$1')
    if (!piece) continue
    if (afterGroup) piece = piece.charAt(0).toLocaleLowerCase('sv') + piece.slice(1)
    if (measure.endsWith('-')) measure = measure.slice(0, -1) + piece
    else if (pieces === 0) measure = piece
    else measure += (afterGroup && pieces === 1 ? ', ' : ' ') + piece
    pieces++
    afterGroup = spansColumns(grid.merges, row, column)
  }
  return measure
}

function sexOfSheet(grid: SheetGrid, title: string): Sex {
  const lastWord = /[.,]\s*([^.,]+?)\s*$/.exec(title)?.[1] ?? ''
  return recognizeSex(grid.name) ?? recognizeSex(lastWord) ?? 'total'
}

/** The title without a trailing sex (". Totalt"), so the sheets of one table share it. */
function datasetTitle(title: string): string {
  return title.replace(/[.,]\s*([^.,]+?)\s*$/, (whole, word: string) => (recognizeSex(word) ? '' : whole))
}

function readSheet(file: string, grid: SheetGrid, layout: StaticTableLayout, collector: ObservationCollector): void {
  const year = yearFromTitle(layout.title) ?? periodFromCell(grid.name)
  if (!year) throw statisticsFileErrors.noYear(file)
  const sex = sexOfSheet(grid, layout.title)
  const measures = layout.valueColumns.map(
    (column) => columnMeasure(grid, layout.headerRows, column) || `Kolumn ${column + 1}`
  )
  for (let r = layout.firstDataRow; r < layout.endDataRow; r++) {
    const row = grid.rows[r] ?? []
    const region = recognizeCodedRegion(cellText(row[layout.codeColumn]), cellText(row[layout.codeColumn + 1]))
    if (!region) continue
    layout.valueColumns.forEach((column, index) => collector.add(measures[index] ?? '', region, year, sex, row[column]))
  }
}

export function readStaticSheets(file: string, grids: readonly SheetGrid[]): ParsedStatistics {
  const collector = new ObservationCollector()
  let title = ''
  const notes: string[] = []
  for (const grid of grids) {
    const layout = findStaticTableLayout(grid.rows)
    if (!layout) continue
    title ||= datasetTitle(layout.title)
    for (const note of layout.notes) if (!notes.includes(note)) notes.push(note)
    readSheet(file, grid, layout, collector)
  }
  if (collector.observations.length === 0) throw statisticsFileErrors.noRegion(file)
  return {
    format: 'static-xlsx',
    title,
    source: 'SCB',
    notes,
    observations: collector.observations,
    warnings: collector.warnings()
  }
}
