import type { Workbook } from 'exceljs'
import { loadExcelJs } from '../excel/excel-cells'
import { statisticsFileErrors } from './statistics-file-error'

/**
 * Loads a normalised .xlsx package (see normaliseXlsx) with ExcelJS. Kept
 * apart so the bench can time ExcelJS alone against the whole parse.
 */
export async function loadWorkbook(file: string, packageBytes: Uint8Array): Promise<Workbook> {
  // ExcelJS is large; it is loaded the first time a workbook is read.
  const { Workbook } = await loadExcelJs()
  const workbook = new Workbook()
  try {
    // ExcelJS's types ask for a Node Buffer; JSZip underneath takes any Uint8Array.
    await workbook.xlsx.load(packageBytes as unknown as ArrayBuffer)
  } catch (error) {
    throw statisticsFileErrors.damaged(file, 'Excel-innehållet går inte att tolka', error)
  }
  return workbook
}
