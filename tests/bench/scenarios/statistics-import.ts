import 'fake-indexeddb/auto' // the Node reference figure for the store step; Chromium has its own IndexedDB
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { buildBigPxwebXlsx } from '../../../scripts/big-pxweb-xlsx'
import { timeBigPxwebParse } from '../../../scripts/stats-parse-probe'
import { KugghjulDatabase } from '../../../src/renderer/src/data/database'
import { commitStatisticsImport } from '../../../src/renderer/src/data/statistics/statistics-import-commit'
import {
  runStatisticsImport,
  type StatisticsImportResult
} from '../../../src/renderer/src/io/stats/statistics-import-job'
import { result, sampleMs, summarise, type Scenario, type ScenarioResult } from '../measure'
import type { PageImportTimings } from '../browser/statistics-import-page'
import { timeImportInChromium } from '../statistics-import-chromium'

/**
 * Importing the big PxWeb file (≈230,000 cells, generated in the run): the
 * parse against ExcelJS loading the same package alone (target ≤ 1.5×), the
 * whole import job the worker runs, and the store step — in Chromium on real
 * IndexedDB against a bare IndexedDB write of the same records and indexes in
 * the same page (target ≤ 1.3×; no main-thread task over 200 ms), and in Node on
 * fake-indexeddb for reference only. --smoke uses a 54-cell fixture.
 */
async function storeInNode(input: StatisticsImportResult, runs: number): Promise<number[]> {
  const samples: number[] = []
  for (let round = 0; round <= runs; round++) {
    const db = new KugghjulDatabase(`bench-store-${round}`)
    await db.open()
    const start = performance.now()
    await commitStatisticsImport(db, input)
    if (round > 0) samples.push(performance.now() - start) // round 0 warms up
    await db.delete()
  }
  return samples
}

/** The app's store step against a bare IndexedDB write of the same records and indexes in the same page (target ≤ 1.3×). */
function storeRatio(series: number, chromium: readonly PageImportTimings[]): ScenarioResult {
  const bare = {
    name: 'bare IndexedDB put of the same records and indexes',
    median: summarise(chromium.map((t) => t.bareStoreMs)).median
  }
  const store = result(
    `store ${series} series in one transaction (Chromium IndexedDB)`,
    'ms',
    chromium.map((t) => t.storeMs),
    { baseline: bare, target: '≤ 1,3× bare IndexedDB' }
  )
  store.meetsTarget = (store.ratio ?? Infinity) <= 1.3
  return store
}

export const statisticsImportScenario: Scenario = {
  name: 'statistics import (PxWeb xlsx)',
  async run({ smoke }) {
    const fixture = resolve(import.meta.dirname, '../../fixtures/stats/pxweb_region_kon_ar.xlsx')
    const bytes = smoke ? new Uint8Array(readFileSync(fixture)) : buildBigPxwebXlsx()
    const runs = smoke ? 1 : 3
    const label = smoke ? 'smoke: 54-cell fixture' : '8,700 rows × 27 columns'

    await timeBigPxwebParse(bytes) // warm-up: ExcelJS and the readers compiled
    const parse = []
    for (let i = 0; i < runs; i++) parse.push(await timeBigPxwebParse(bytes))
    const load = { name: 'ExcelJS load alone', median: summarise(parse.map((p) => p.excelJsLoadMs)).median }
    const parseResult = result(
      `parse (${label}, ${parse[0]!.observations} values)`,
      'ms',
      parse.map((p) => p.fullParseMs),
      { baseline: load, target: '≤ 1,5× ExcelJS' }
    )
    parseResult.meetsTarget = (parseResult.ratio ?? Infinity) <= 1.5
    const fastest = Math.min(...parse.map((p) => p.fullParseMs)) / Math.min(...parse.map((p) => p.excelJsLoadMs))
    parseResult.note = `fastest parse / fastest ExcelJS load: ${fastest.toFixed(2)}×; normalise ${Math.round(summarise(parse.map((p) => p.normaliseMs)).median)} ms of the parse; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`

    let input = await runStatisticsImport({ fileName: 'big.xlsx', bytes })
    const job = await sampleMs(runs, async () => (input = await runStatisticsImport({ fileName: 'big.xlsx', bytes })))
    const series = input.series.length
    const results: ScenarioResult[] = [
      parseResult,
      result(`import job (worker code): parse + ${series} wide series + preview + sha-256`, 'ms', job, {
        baseline: load
      })
    ]

    const chromium = await timeImportInChromium(bytes, 'big.xlsx', runs)
    const readMs = Math.round(summarise(chromium.map((t) => t.readMs)).median)
    results.push(
      storeRatio(series, chromium),
      result(
        'longest main-thread task, file → preview → stored (Chromium)',
        'ms',
        chromium.map((t) => t.longestTaskMs),
        {
          target: '≤ 200 ms',
          targetMax: 200,
          note: `long tasks (> 50 ms) per import: ${chromium.map((t) => t.longTasks).join(', ')}; read in the worker until the result is on the main thread: ${readMs} ms`
        }
      ),
      result(`store ${series} series (Node, fake-indexeddb)`, 'ms', await storeInNode(input, runs), {
        note: 'fake-indexeddb in Node, for reference only: not representative of a browser'
      })
    )
    return results
  }
}
