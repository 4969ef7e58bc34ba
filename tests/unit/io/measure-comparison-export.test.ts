import { describe, expect, it } from 'vitest'
import { buildMeasureComparison } from '@/domain/statistics/measure-comparison'
import { buildWideSeries } from '@/domain/statistics/series'
import { loadExcelJs } from '@/io/excel/excel-cells'
import { exportMeasureComparison } from '@/io/excel/measure-comparison-export'
import { readFixture } from './stats/statistics-fixture'

describe('measure comparison as .xlsx', () => {
  it('writes the measure, its source and the table with numbers as numbers and missing values as symbols', async () => {
    const parsed = await readFixture('stats', 'pxweb_region_kon_ar.xlsx')
    const comparison = buildMeasureComparison('Folkmängd', buildWideSeries(parsed.observations), ['0885', '0880'])
    const bytes = await exportMeasureComparison(comparison, { source: 'SCB', datasetTitle: parsed.title })
    const ExcelJS = await loadExcelJs()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Jämförelse')!
    expect(sheet.getCell('A1').value).toBe('Folkmängd')
    expect(sheet.getCell('A2').value).toBe('Folkmängd efter region, kön och år. Källa: SCB')
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Region',
      'Regionkod',
      'År',
      'Kvinnor',
      'Män',
      'Totalt',
      'Skillnad (kvinnor − män)',
      'Kvinnors andel (%)'
    ])
    expect(sheet.getRow(5).values).toEqual([undefined, 'Borgholm', '0885', '2021', '..', 1111, '..'])
    const kalmar2023 = sheet.getRow(10)
    expect(kalmar2023.getCell(1).value).toBe('Kalmar')
    expect(kalmar2023.getCell(4).value).toBe(1098)
    expect(kalmar2023.getCell(7).value).toBe(2)
    expect(kalmar2023.getCell(8).value).toBeCloseTo(50.046, 3)
    expect(sheet.getColumn(8).numFmt).toBe('0.0')
  })
})
