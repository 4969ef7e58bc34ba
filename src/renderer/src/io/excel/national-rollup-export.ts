import type { NationalRollup } from '@/domain/annual-figures/national-rollup'
import { loadExcelJs } from './excel-cells'

/**
 * The riksöversikt as .xlsx: one row per län (all 21; a län without a file
 * has empty cells) with every count of the länsfil format, a Totalt row, and
 * which file each län came from.
 */
export async function exportNationalRollup(rollup: NationalRollup): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kugghjul'
  workbook.title = `Riksöversikt ${rollup.year ?? ''}`.trim()
  const sheet = workbook.addWorksheet('Riksöversikt', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] })
  sheet.columns = [
    { header: 'Länskod', width: 9 },
    { header: 'Län', width: 24 },
    ...rollup.columns.map((c) => ({ header: c.label, width: Math.max(10, Math.min(28, c.label.length)) })),
    { header: 'Länsfil', width: 28 },
    { header: 'Skapad', width: 20 }
  ]
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' }
  for (const row of rollup.rows)
    sheet.addRow([row.countyCode, row.countyName, ...row.values, row.file?.name ?? null, row.file?.createdAt ?? null])
  sheet.addRow([null, 'Totalt', ...rollup.totals]).font = { bold: true }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
