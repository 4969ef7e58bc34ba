/** Small helpers for writing typed Excel cells with ExcelJS. */

/** An ISO date (YYYY-MM-DD) as a Date at UTC midnight, which ExcelJS writes as that exact day. */
export function excelDate(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || !m || !d) return null
  return new Date(Date.UTC(y, m - 1, d))
}

export const SWEDISH_DATE_FORMAT = 'yyyy-mm-dd'

/** Loads ExcelJS on demand: it is large, and most sessions never touch a spreadsheet. */
export async function loadExcelJs(): Promise<typeof import('exceljs')> {
  const module = (await import('exceljs')) as unknown as {
    default?: typeof import('exceljs')
  } & typeof import('exceljs')
  return module.default ?? module
}
