/**
 * The bench's big long table: a PxWeb-style "one row per value" CSV
 * (semicolons, quoted labels, codes as PxWeb writes them with "Kod" chosen:
 * kommunkod, kön 1/2/1+2) with `measures` × 290 kommuner × 3 sexes × 24
 * years rows; 48 measures give 1,002,240 values (about 30 MB, under the 50 MB
 * file limit). Values are made up. Generated in the run, never committed.
 */
import { municipalities } from '../src/renderer/src/domain/regions/municipalities'

export function buildBigLongCsv(measureCount = 48): Uint8Array {
  const lines = [
    '"Testmått efter tabellinnehåll, region, kön och år (påhittade värden)"',
    '',
    '"tabellinnehåll";"region";"kön";"år";"Värde"'
  ]
  let seed = 7
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let m = 1; m <= measureCount; m++) {
    for (const kommun of municipalities) {
      for (const sex of ['1', '2', '1+2']) {
        for (let year = 2000; year < 2024; year++) {
          const value = next() < 0.01 ? '..' : String(Math.round(next() * 100000) / 10).replace('.', ',')
          lines.push(`"M${m}";"${kommun.code}";"${sex}";${year};${value}`)
        }
      }
    }
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`)
}
