import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { buildBigLongCsv } from '../../../scripts/big-long-csv'
import { buildBigPxwebXlsx } from '../../../scripts/big-pxweb-xlsx'
import { result, type Scenario, type ScenarioResult } from '../measure'

/**
 * Peak memory of the import job (the code the worker runs), each file in a
 * child process of its own whose peak resident set (maxRSS) is the figure:
 * the 230,000-cell PxWeb xlsx (target ≤ 400 MB), and generated 1,000,000-cell
 * tables as a long CSV and as a PxWeb xlsx (target ≤ 1 GB, and for the xlsx
 * the parse ≤ 1.5× ExcelJS's own load). --smoke uses 48 measures → 1 and 10 → 1.
 */
const root = resolve(import.meta.dirname, '../../..')

function probe(file: string, ...flags: string[]): Record<string, number> {
  const tsx = resolve(root, 'node_modules/.bin/tsx')
  const run = spawnSync(tsx, ['--tsconfig', 'tsconfig.json', 'scripts/import-memory-probe.ts', file, ...flags], {
    cwd: root,
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 1024 * 1024
  })
  const line = run.stdout.trim().split('\n').at(-1) ?? ''
  if (run.status !== 0 || !line.startsWith('{'))
    throw new Error(`import-memory-probe failed on ${file}: ${run.stderr.slice(-2000)}`)
  return JSON.parse(line) as Record<string, number>
}

export const statisticsMemoryScenario: Scenario = {
  name: 'statistics import peak memory',
  async run({ smoke }) {
    const folder = mkdtempSync(resolve(tmpdir(), 'kugghjul-bench-memory-'))
    try {
      const files = [
        {
          name: 'pxweb-230k.xlsx',
          bytes: buildBigPxwebXlsx(smoke ? 1 : 10),
          label: smoke ? 'PxWeb xlsx, smoke: 20,880 cells' : 'PxWeb xlsx, 208,800 values (≈230,000 cells)',
          max: 400
        },
        {
          name: 'long-1m.csv',
          bytes: buildBigLongCsv(smoke ? 1 : 48),
          label: smoke ? 'long CSV, smoke: 20,880 values' : 'long CSV, 1,002,240 values',
          max: 1024
        },
        {
          name: 'pxweb-1m.xlsx',
          bytes: buildBigPxwebXlsx(smoke ? 1 : 48),
          label: smoke ? 'PxWeb xlsx, smoke: 20,880 values' : 'PxWeb xlsx, 1,002,240 values',
          max: 1024
        }
      ]
      const results: ScenarioResult[] = []
      for (const file of files) {
        const path = resolve(folder, file.name)
        writeFileSync(path, file.bytes)
        const measured = probe(path)
        results.push(
          result(`peak resident set, import job: ${file.label}`, 'MB', [measured['peakMb']!], {
            target: `≤ ${file.max} MB`,
            targetMax: file.max,
            note: `${measured['values']} values in ${measured['series']} series read in ${Math.round(measured['ms']!)} ms; ${Math.round(measured['beforeMb']!)} MB resident before reading`
          })
        )
      }
      const big = probe(resolve(folder, 'pxweb-1m.xlsx'), '--parse-ratio')
      const ratio = result(
        `parse of the ${smoke ? 'smoke' : '1,000,000-value'} PxWeb xlsx (ExcelJS; no streaming parser needed)`,
        'ms',
        [big['fullParseMs']!],
        {
          baseline: { name: 'ExcelJS load alone', median: big['excelJsLoadMs']! },
          target: '≤ 1,5× ExcelJS'
        }
      )
      ratio.meetsTarget = (ratio.ratio ?? Infinity) <= 1.5
      results.push(ratio)
      return results
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }
}
