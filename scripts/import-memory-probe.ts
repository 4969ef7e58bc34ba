/**
 * Runs the statistics import job (the code the worker runs) on one file in
 * this process and prints one JSON line: the process's peak resident set
 * (getrusage maxRSS), its resident set before reading, the time and the
 * number of values. The bench starts it as a child process per file, so
 * each figure is that file's own peak.
 *
 *   npx tsx scripts/import-memory-probe.ts <file>
 *   npx tsx scripts/import-memory-probe.ts <file.xlsx> --parse-ratio   ExcelJS load alone vs the whole parse (stats-parse-probe)
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { runStatisticsImport } from '../src/renderer/src/io/stats/statistics-import-job'

const file = process.argv[2]
if (!file) throw new Error('Usage: npx tsx scripts/import-memory-probe.ts <file>')
const bytes = new Uint8Array(readFileSync(file))
if (process.argv.includes('--parse-ratio')) {
  const { timeBigPxwebParse } = await import('./stats-parse-probe')
  const t = await timeBigPxwebParse(bytes)
  process.stdout.write(`${JSON.stringify(t)}\n`)
  process.exit(0)
}
const beforeMb = process.memoryUsage().rss / 1024 / 1024
const start = performance.now()
const result = await runStatisticsImport({ fileName: basename(file), bytes })
const ms = performance.now() - start
const peakMb = process.resourceUsage().maxRSS / 1024
process.stdout.write(
  `${JSON.stringify({ peakMb, beforeMb, ms, values: result.preview.values + result.preview.missing, series: result.series.length })}\n`
)
