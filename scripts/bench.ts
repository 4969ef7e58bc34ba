/**
 * `npm run bench`: measures what coordinators feel on generated data of
 * realistic size. `--json --out <dir>` also writes <dir>/results.json and keeps
 * the documents the scenarios produce; `--smoke` runs each scenario once on
 * tiny data (npm test does, so the benchmark cannot rot); `--only <text>` runs
 * the scenarios whose name contains the text.
 */
import { errorMessage } from '../src/renderer/src/domain/error-message'
import { spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import type { BenchContext, Scenario, ScenarioResult } from '../tests/bench/measure'
import { backupScenario } from '../tests/bench/scenarios/backup'
import { backupChromiumScenario } from '../tests/bench/scenarios/backup-chromium'
import { baseUrl, browserScenario } from '../tests/bench/scenarios/browser'
import { bundleSizeScenario } from '../tests/bench/scenarios/bundle-size'
import { certificatesScenario } from '../tests/bench/scenarios/certificates'
import { evaluationReportScenario } from '../tests/bench/scenarios/evaluation-report'
import { memberFilterScenario } from '../tests/bench/scenarios/member-filter'
import { memberWorkLoadScenario } from '../tests/bench/scenarios/member-work-load'
import { statisticsImportScenario } from '../tests/bench/scenarios/statistics-import'
import { statisticsMemoryScenario } from '../tests/bench/scenarios/statistics-memory'

const args = process.argv.slice(2)
const smoke = args.includes('--smoke')
const json = args.includes('--json')
const outIndex = args.indexOf('--out')
const outDir = outIndex >= 0 ? (args[outIndex + 1] ?? 'bench-out') : json ? 'bench-out' : null
const onlyIndex = args.indexOf('--only')
const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? '') : ''

// The import parse is compared with ExcelJS in the same process; it runs before the
// scenarios that leave large heaps behind (backup, PDFs), whose garbage collection
// otherwise lands inside its timings.
const scenarios: Scenario[] = [
  bundleSizeScenario,
  memberFilterScenario,
  memberWorkLoadScenario,
  statisticsImportScenario,
  statisticsMemoryScenario,
  browserScenario,
  backupChromiumScenario,
  backupScenario,
  certificatesScenario,
  evaluationReportScenario
].filter((s) => s.name.includes(only))

async function startPreview(): Promise<() => void> {
  const port = new URL(baseUrl).port
  const child = spawn(
    'npx',
    ['vite', 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', port, '--strictPort'],
    {
      stdio: 'ignore',
      detached: process.platform !== 'win32'
    }
  )
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(baseUrl)).ok) break
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  return () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      child.kill('SIGTERM')
    }
  }
}

function format(n: number): string {
  return new Intl.NumberFormat('sv-SE', { maximumFractionDigits: n < 10 ? 2 : 1 }).format(n)
}

async function main(): Promise<void> {
  const context: BenchContext = { smoke, outDir }
  if (outDir) await mkdir(outDir, { recursive: true })
  const stopPreview = await startPreview()
  const results: ScenarioResult[] = []
  const failures: string[] = []
  try {
    for (const scenario of scenarios) {
      process.stdout.write(`… ${scenario.name}\n`)
      try {
        results.push(...(await scenario.run(context)))
      } catch (error) {
        failures.push(`${scenario.name}: ${errorMessage(error)}`)
      }
    }
  } finally {
    stopPreview()
  }

  console.log(
    `\n${'scenario'.padEnd(62)} ${'median'.padStart(10)} ${'min'.padStart(9)} ${'max'.padStart(9)}  unit  runs  ratio  target`
  )
  for (const r of results) {
    const ratio = r.ratio !== undefined ? `${format(r.ratio)}×` : ''
    const target = r.target ? `${r.target} ${r.meetsTarget === false ? '✗' : r.meetsTarget ? '✓' : ''}` : ''
    console.log(
      `${r.name.padEnd(62)} ${format(r.median).padStart(10)} ${format(r.min).padStart(9)} ${format(r.max).padStart(9)}  ${r.unit.padEnd(4)}  ${String(r.runs).padStart(4)}  ${ratio.padStart(5)}  ${target}`
    )
    if (r.baseline) console.log(`${''.padEnd(4)}baseline: ${r.baseline.name} = ${format(r.baseline.median)} ${r.unit}`)
    if (r.note) console.log(`${''.padEnd(4)}${r.note}`)
  }
  for (const f of failures) console.error(`✗ ${f}`)

  if (outDir && json) {
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: process.platform
    }
    await writeFile(
      join(outDir, 'results.json'),
      JSON.stringify({ createdAt: new Date().toISOString(), smoke, machine, scenarios: results, failures }, null, 2)
    )
    console.log(`\nresults.json written to ${outDir}`)
  }
  // Deliberately not in the "N passed, N failed" form: only npm test's last line speaks for the whole run.
  console.log(`bench: ${results.length} results, ${failures.length} scenario failures`)
  process.exit(failures.length === 0 ? 0 : 1)
}

void main()
