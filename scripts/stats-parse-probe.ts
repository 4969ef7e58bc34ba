/**
 * Times reading the big PxWeb file: ExcelJS loading the (normalised)
 * package alone, against the whole readStatisticsFile. The target is
 * parse ≤ 1.5 × ExcelJS load. Prints numbers; asserts nothing.
 *
 *   npx tsx scripts/stats-parse-probe.ts [rounds]
 */
import { readStatisticsFile } from '../src/renderer/src/io/stats/read-statistics-file'
import { normaliseXlsx } from '../src/renderer/src/io/stats/xlsx-normaliser'
import { loadWorkbook } from '../src/renderer/src/io/stats/xlsx-workbook'
import { buildBigPxwebXlsx } from './big-pxweb-xlsx'

export interface ParseTimings {
  excelJsLoadMs: number
  normaliseMs: number
  fullParseMs: number
  observations: number
}

/** One round: ExcelJS alone on the already-normalised package, then the full read of the original bytes. */
export async function timeBigPxwebParse(bytes: Uint8Array): Promise<ParseTimings> {
  let start = performance.now()
  const normalised = normaliseXlsx('big.xlsx', bytes)
  const normaliseMs = performance.now() - start
  start = performance.now()
  await loadWorkbook('big.xlsx', normalised)
  const excelJsLoadMs = performance.now() - start
  start = performance.now()
  const parsed = await readStatisticsFile('big.xlsx', bytes)
  const fullParseMs = performance.now() - start
  return { excelJsLoadMs, normaliseMs, fullParseMs, observations: parsed.observations.length }
}

if (process.argv[1]?.endsWith('stats-parse-probe.ts')) {
  const bytes = buildBigPxwebXlsx()
  const rounds = Number(process.argv[2] ?? 3)
  for (let round = 0; round < rounds; round++) {
    const t = await timeBigPxwebParse(bytes)
    const ratio = t.fullParseMs / t.excelJsLoadMs
    console.log(
      `${(bytes.length / 1024).toFixed(0)} KB, ${t.observations} observations: ExcelJS load ${t.excelJsLoadMs.toFixed(0)} ms, ` +
        `normalise ${t.normaliseMs.toFixed(0)} ms, full parse ${t.fullParseMs.toFixed(0)} ms, ratio ${ratio.toFixed(2)}`
    )
  }
}
