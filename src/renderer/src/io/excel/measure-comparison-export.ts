import { comparisonColumns } from '@/domain/statistics/comparison-columns'
import { comparisonTableRows, type MeasureComparison } from '@/domain/statistics/measure-comparison'
import { loadExcelJs } from './excel-cells'

/**
 * A measure comparison as .xlsx: the measure and its source above the table,
 * one row per region × year, numbers as numbers (share with one decimal),
 * missing values as the file's symbol, the header row frozen and filtered.
 */
export async function exportMeasureComparison(
  comparison: MeasureComparison,
  about: { source: string; datasetTitle: string }
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kugghjul'
  const sheet = workbook.addWorksheet('Jämförelse', { views: [{ state: 'frozen', ySplit: 4 }] })
  const columns = comparisonColumns(comparison)
  sheet.getCell(1, 1).value = comparison.measure
  sheet.getCell(1, 1).font = { bold: true, size: 13 }
  sheet.getCell(2, 1).value = [about.datasetTitle, about.source && `Källa: ${about.source}`].filter(Boolean).join('. ')
  const header = sheet.getRow(4)
  columns.forEach((column, index) => {
    header.getCell(index + 1).value = column.header
    sheet.getColumn(index + 1).width = index === 0 ? 24 : Math.max(10, column.header.length + 2)
    if (column.decimals !== undefined) sheet.getColumn(index + 1).numFmt = `0.${'0'.repeat(column.decimals)}`
  })
  header.font = { bold: true }
  for (const row of comparisonTableRows(comparison)) {
    const added = sheet.addRow(columns.map((column) => column.value(row)))
    columns.forEach((column, index) => {
      if (column.type === 'number' && typeof added.getCell(index + 1).value === 'string')
        added.getCell(index + 1).alignment = { horizontal: 'right' }
    })
  }
  sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: Math.max(4, sheet.rowCount), column: columns.length } }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
