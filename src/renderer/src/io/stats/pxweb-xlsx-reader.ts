import type { RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ParsedStatistics } from '@/domain/statistics/statistics-table'
import { fileBaseName } from './file-name'
import { findLongTableLayout } from './long-table-layout'
import { readLongTable } from './long-table-reader'
import { readPivotTable } from './pivot-table-reader'
import type { SheetGrid } from './sheet-grid'
import { statisticsFileErrors } from './statistics-file-error'

/** PxWeb puts "Källa:" in one note row and the publisher in the next. */
function sourceFromNotes(notes: readonly string[]): string {
  const index = notes.findIndex((note) => /^källa:?/i.test(note))
  if (index < 0) return ''
  const inline = notes[index]?.replace(/^källa:?\s*/i, '') ?? ''
  return inline || (notes[index + 1] ?? '')
}

/**
 * An SCB Statistikdatabasen (PxWeb) .xlsx export: title in A1, years (and
 * sexes or measures) in header rows, stub columns filled down, regions as
 * "0880 Kalmar", footnotes after a blank row.
 */
export function readPxwebSheet(
  file: string,
  grid: SheetGrid,
  onRows?: (done: number, total: number) => void,
  roleOverrides?: RoleOverrides
): ParsedStatistics {
  const parsed = readPivotTable({
    file,
    rows: grid.rows,
    format: 'pxweb-xlsx',
    source: '',
    fallbackTitle: fileBaseName(file),
    onRows,
    roleOverrides
  })
  return { ...parsed, source: sourceFromNotes(parsed.notes) }
}

/** A long table in a sheet (PxWeb's "tabell, en rad per värde", Kolada's and Eurostat's long layouts). */
export function readLongSheet(
  file: string,
  grid: SheetGrid,
  onRows?: (done: number, total: number) => void,
  roleOverrides?: RoleOverrides
): ParsedStatistics {
  const layout = findLongTableLayout(grid.rows)
  if (!layout) throw statisticsFileErrors.noTable(file)
  const parsed = readLongTable({
    file,
    rows: grid.rows,
    layout,
    format: 'long-xlsx',
    source: '',
    fallbackTitle: fileBaseName(file),
    onRows,
    roleOverrides
  })
  return { ...parsed, source: sourceFromNotes(parsed.notes) }
}
