/**
 * Writes the PxWeb .xlsx test fixtures that have a sex dimension, which none
 * of the real SCB files in tests/fixtures/stats has. Built from the real
 * file's package (see pxweb-xlsx-builder.ts); the values are made up and the
 * footnote says so.
 *
 *   npx tsx scripts/build-statistics-fixtures.ts
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildPxwebXlsx, type BuilderCell } from './pxweb-xlsx-builder'

const out = resolve(import.meta.dirname, '../tests/fixtures/stats')

const madeUpNote = [
  'Observera: ',
  'Värdena i den här filen är påhittade testvärden för Kugghjuls tester (scripts/build-statistics-fixtures.ts) och är inte statistik från SCB.',
  'Källa:',
  'Påhittade testvärden i PxWeb-format'
]

/** Made-up but reproducible: men, women, total for region r in year y. */
function madeUp(r: number, y: number): [number, number, number] {
  const men = 1000 + 37 * r + 11 * y
  const women = 990 + 41 * r + 13 * y
  return [men, women, men + women]
}

function regionBySexInStub(): Uint8Array {
  const years = ['2021', '2022', '2023']
  const regions = ['00 Riket', '08 Kalmar län', '0880 Kalmar', '0885 Borgholm', '0862 Emmaboda', '0861 Mönsterås']
  const missing: Record<string, string> = {
    '0885 Borgholm|kvinnor|2021': '..',
    '0885 Borgholm|totalt|2021': '..',
    '0862 Emmaboda|män|2023': '-'
  }
  const dataRows: BuilderCell[][] = []
  regions.forEach((region, r) => {
    ;['män', 'kvinnor', 'totalt'].forEach((sex, s) => {
      const values = years.map((year, y) => missing[`${region}|${sex}|${year}`] ?? madeUp(r, y)[s] ?? null)
      dataRows.push([s === 0 ? region : null, sex, ...values])
    })
  })
  return buildPxwebXlsx({
    title: 'Folkmängd efter region, kön och år',
    headerRows: [[null, null, ...years]],
    dataRows,
    notes: madeUpNote
  })
}

/** Sexes as SCB codes 1, 2 and 1+2 in a second header row under the years; an unnumbered sheet part. */
function sexCodesInHeader(): Uint8Array {
  const years = ['2022', '2023']
  const regions = ['Riket', '0880 Kalmar', '0881 Nybro', '0834 Torsås']
  const dataRows = regions.map((region, r) => [region, ...years.flatMap((_, y) => madeUp(r, y))])
  return buildPxwebXlsx({
    title: 'Sysselsatta efter region, år och kön',
    headerRows: [
      [null, '2022', null, null, '2023', null, null],
      [null, '1', '2', '1+2', '1', '2', '1+2']
    ],
    dataRows,
    notes: madeUpNote,
    sheetPart: 'xl/worksheets/sheet.xml'
  })
}

writeFileSync(resolve(out, 'pxweb_region_kon_ar.xlsx'), regionBySexInStub())
writeFileSync(resolve(out, 'pxweb_kon_i_rubrik.xlsx'), sexCodesInHeader())
