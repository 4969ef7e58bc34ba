/**
 * The bench's big PxWeb file: 10 measures × 290 kommuner × 3 sexes = 8,700
 * rows × (3 stub columns + 24 years) = 27 columns ≈ 235,000 cells, in the
 * layout and package of a real SCB export. Generated, never committed.
 * Fewer measures make a smaller file: `buildBigPxwebXlsx(5)` has 104,400
 * cells, about 1 % of them missing ('..').
 *
 *   npx tsx scripts/big-pxweb-xlsx.ts out.xlsx
 */
import { writeFileSync } from 'node:fs'
import { municipalities } from '../src/renderer/src/domain/regions/municipalities'
import { buildPxwebXlsx, type BuilderCell } from './pxweb-xlsx-builder'

const years = Array.from({ length: 24 }, (_, i) => String(2000 + i))
const sexes = ['män', 'kvinnor', 'totalt']

export function buildBigPxwebXlsx(measureCount = 10): Uint8Array {
  const measures = Array.from({ length: measureCount }, (_, i) => `Testmått ${i + 1} (påhittat)`)
  let seed = 42
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const dataRows: BuilderCell[][] = []
  measures.forEach((measure) => {
    municipalities.forEach((kommun, k) => {
      sexes.forEach((sex, s) => {
        const values = years.map((): BuilderCell => (next() < 0.01 ? '..' : Math.round(next() * 100000) / 10))
        dataRows.push([
          k === 0 && s === 0 ? measure : null,
          s === 0 ? `${kommun.code} ${kommun.name}` : null,
          sex,
          ...values
        ])
      })
    })
  })
  return buildPxwebXlsx({
    title: 'Testmått efter tabellinnehåll, region, kön och år',
    headerRows: [[null, null, null, ...years]],
    dataRows,
    notes: ['Observera: ', 'Påhittade värden för prestandamätning (scripts/big-pxweb-xlsx.ts).']
  })
}

if (process.argv[1]?.endsWith('big-pxweb-xlsx.ts')) {
  const target = process.argv[2]
  if (!target) throw new Error('Usage: npx tsx scripts/big-pxweb-xlsx.ts <out.xlsx>')
  writeFileSync(target, buildBigPxwebXlsx())
}
