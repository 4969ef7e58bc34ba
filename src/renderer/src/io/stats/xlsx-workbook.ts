import type { Workbook } from 'exceljs'
import { statisticsFileErrors } from './statistics-file-error'

type ExcelJsModule = typeof import('exceljs')

/** ExcelJS is large; it is loaded the first time a workbook is read. */
async function excelJs(): Promise<ExcelJsModule> {
  const module = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule }
  return module.default ?? module
}

/**
 * Loads a normalised .xlsx package (see normaliseXlsx) with ExcelJS. Kept
 * apart so the bench can time ExcelJS alone against the whole parse.
 */
export async function loadWorkbook(file: string, packageBytes: Uint8Array): Promise<Workbook> {
  const { Workbook } = await excelJs()
  const workbook = new Workbook()
  try {
    // ExcelJS's types ask for a Node Buffer; JSZip underneath takes any Uint8Array.
    await workbook.xlsx.load(packageBytes as unknown as ArrayBuffer)
  } catch {
    throw statisticsFileErrors.damaged(file, 'Excel-innehållet går inte att tolka')
  }
  return workbook
}
