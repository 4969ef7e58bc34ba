import type { AnnualFiguresReport } from '@/domain/annual-figures/annual-figures-report'
import { excelDate, loadExcelJs } from './excel-cells'

/**
 * The årsuppföljning as .xlsx: one sheet per table of the PDF (same rows,
 * numbers as numbers), a Fotnot column with the number of the definition that
 * explains the row, and a last sheet Fotnoter with the definitions.
 */
export async function exportAnnualFigures(r: AnnualFiguresReport): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kugghjul'
  workbook.title = r.title
  workbook.created = excelDate(r.createdOn) ?? new Date(0)
  const numberOf = new Map(r.footnotes.map((f) => [f.key, f.number]))
  for (const part of r.parts) {
    for (const t of part.tables) {
      const sheet = workbook.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] })
      const tableNote = t.note ? ` (fotnot ${numberOf.get(t.note)})` : ''
      sheet.columns = [
        { header: `${part.title}: ${t.caption} ${r.year}${tableNote}`, width: 60 },
        ...t.headers.map((h) => ({ header: h, width: 12 })),
        { header: 'Fotnot', width: 8 }
      ]
      sheet.getRow(1).font = { bold: true }
      for (const row of t.rows) {
        const added = sheet.addRow([row.label, ...row.values, row.note ? (numberOf.get(row.note) ?? null) : null])
        if (row.indent) added.getCell(1).alignment = { indent: 2 }
        if (row.total) added.font = { bold: true }
      }
    }
  }
  const notes = workbook.addWorksheet('Fotnoter')
  notes.columns = [
    { header: 'Fotnot', width: 8 },
    { header: 'Så räknas siffran', width: 120 }
  ]
  notes.getRow(1).font = { bold: true }
  for (const n of r.footnotes)
    notes.addRow([n.number, n.text]).getCell(2).alignment = { wrapText: true, vertical: 'top' }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** ASCII-safe file names: "arsuppfoljning-2026.pdf". */
export function annualFiguresFileName(year: number, extension: 'pdf' | 'xlsx'): string {
  return `arsuppfoljning-${year}.${extension}`
}
