import type { StatisticsFormat } from '@/domain/statistics/statistics-table'
import { cellText, type SheetGrid } from './sheet-grid'
import { findCodeColumn } from './static-table-layout'

export type XlsxLayout = Extract<StatisticsFormat, 'pxweb-xlsx' | 'static-xlsx' | 'kolada-xlsx'>

/**
 * Which kind of Excel table a sheet is: Kolada names itself in the first
 * rows; SCB's static tables keep region codes in a column of their own; the
 * rest is read as a PxWeb pivot table (codes and names in one cell, or names).
 */
export function detectXlsxLayout(grid: SheetGrid): XlsxLayout {
  const top = grid.rows.slice(0, 3).flatMap((row) => (row ?? []).map(cellText))
  if (top.some((text) => /^kolada\b/i.test(text))) return 'kolada-xlsx'
  if (findCodeColumn(grid.rows) >= 0) return 'static-xlsx'
  return 'pxweb-xlsx'
}
