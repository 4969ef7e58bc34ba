import type { StatisticsFormat } from '@/domain/statistics/statistics-table'
import { findLongTableLayout } from './long-table-layout'
import { cellText, type SheetGrid } from './sheet-grid'
import { findCodeColumn } from './static-table-layout'

export type XlsxLayout = Extract<StatisticsFormat, 'pxweb-xlsx' | 'static-xlsx' | 'kolada-xlsx' | 'long-xlsx'>

/**
 * Which kind of Excel table a sheet is: Kolada names itself in the first
 * rows; a long table has a header naming every column and a column of
 * periods; SCB's static tables keep region codes in a column of their own;
 * the rest is read as a PxWeb pivot table (codes and names in one cell, or names).
 */
export function detectXlsxLayout(grid: SheetGrid): XlsxLayout {
  const top = grid.rows.slice(0, 3).flatMap((row) => (row ?? []).map(cellText))
  if (top.some((text) => /^kolada\b/i.test(text))) return 'kolada-xlsx'
  if (findLongTableLayout(grid.rows)) return 'long-xlsx'
  if (findCodeColumn(grid.rows) >= 0) return 'static-xlsx'
  return 'pxweb-xlsx'
}
