import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { promisify } from 'node:util'
import * as asar from '@electron/asar'
import { getCurrentFuseWire } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fuseConfigFor, fuseMismatches } from '../../../scripts/packaging/fuses.ts'
import { writeFakeElectronDist } from './fake-electron.ts'

/**
 * Runs electron-builder's real packing step (`--linux dir`, the project's own
 * electron-builder.ts with its afterPack hook) on the built app, with a stand-in
 * Electron distribution since Electron cannot be downloaded here, and checks
 * what went into app.asar. Needs `out/` from `npm run build` (`npm test` builds
 * before vitest).
 */

const BUILT = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']
/** Upper bound for everything in app.asar; today ≈15 MB, nearly all of it the renderer's lazy chunks (ExcelJS, pdfmake with Roboto, ECharts). */
const MAX_ASAR_BYTES = 30 * 1024 * 1024

let work: string
let unpacked: string
let archive: string
let files: Map<string, number>
let packSeconds: number

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => relative('.', join(e.parentPath, e.name)).split(sep).join('/'))
}

/** Module names a built file loads by name (not by relative path). */
function bareImports(code: string): string[] {
  const names = new Set<string>()
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*import\s*["']([^"']+)["']/gm
  ]
  for (const pattern of patterns)
    for (const match of code.matchAll(pattern)) if (!match[1]!.startsWith('.')) names.add(match[1]!)
  return [...names].sort()
}

beforeAll(async () => {
  const missing = BUILT.filter((file) => !existsSync(file))
  if (missing.length > 0) {
    throw new Error(
      `The app is not built (${missing.join(', ')} missing). Run \`npm run build\` first; \`npm test\` builds before vitest.`
    )
  }
  work = await mkdtemp(join(tmpdir(), 'kugghjul-pack-'))
  const electronDist = await writeFakeElectronDist(join(work, 'electron'))
  const started = Date.now()
  await promisify(execFile)(
    process.execPath,
    [
      'node_modules/electron-builder/cli.js',
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${join(work, 'dist')}`
    ],
    { timeout: 90_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } }
  ).catch((error: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`electron-builder failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`)
  })
  packSeconds = (Date.now() - started) / 1000
  unpacked = join(work, 'dist', 'linux-unpacked')
  archive = join(unpacked, 'resources', 'app.asar')
  files = new Map()
  for (const entry of asar.listPackage(archive, { isPack: false })) {
    const node = asar.statFile(archive, entry.slice(1)) as { files?: unknown; size?: number }
    if (!node.files) files.set(entry.slice(1), node.size ?? 0)
  }
}, 120_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('app.asar packed by electron-builder', () => {
  it('holds the built app, package.json and the window icon, and nothing else', () => {
    const outside = [...files.keys()].filter(
      (f) => !/^(package\.json|resources\/icon\.png|out\/(main|preload|renderer)\/.+)$/.test(f)
    )
    expect(outside, 'files outside out/, package.json and resources/icon.png').toEqual([])
    for (const file of BUILT) expect(files.has(file), file).toBe(true)
    console.info(`electron-builder --linux dir: ${packSeconds.toFixed(1)} s, ${files.size} files in app.asar`)
  })

  it('holds every built file', async () => {
    const built = (await filesUnder('out')).filter((f) => !f.endsWith('.map'))
    expect([...files.keys()].filter((f) => f.startsWith('out/')).sort()).toEqual(built.sort())
  })

  it('has no sources, tests, fixtures, docs, scripts, source maps or node_modules', () => {
    const unwanted = [...files.keys()].filter(
      (f) => /(^|\/)(src|tests|fixtures|docs|scripts|node_modules)\//.test(f) || /\.(ts|vue|map|md)$/.test(f)
    )
    expect(unwanted).toEqual([])
  })

  it('has none of the development tools', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { devDependencies: Record<string, string> }
    const devTools = [
      'electron',
      'electron-builder',
      'vite',
      'vitest',
      '@playwright/test',
      'typescript',
      'eslint',
      ...Object.keys(pkg.devDependencies)
    ]
    expect([...files.keys()].filter((f) => devTools.some((name) => f.includes(`node_modules/${name}/`)))).toEqual([])
  })

  it('needs no node_modules: main and preload load only electron and Node built-ins', async () => {
    const builtins = new Set(builtinModules)
    for (const file of [...(await filesUnder('out/main')), ...(await filesUnder('out/preload'))].filter((f) =>
      /\.(c|m)?js$/.test(f)
    )) {
      const external = bareImports(await readFile(file, 'utf8')).filter(
        (name) => name !== 'electron' && !name.startsWith('node:') && !builtins.has(name)
      )
      expect(
        external,
        `${file} loads modules that are not in app.asar (bundle them, or let electron-builder ship them as dependencies)`
      ).toEqual([])
    }
  })

  it('stays within its size bound and is the size of what it holds', async () => {
    const total = [...files.values()].reduce((sum, size) => sum + size, 0)
    expect(total).toBeLessThan(MAX_ASAR_BYTES)
    expect((await stat(archive)).size).toBeLessThan(total + 1024 * 1024)
    console.info(`app.asar: ${(total / 1024 / 1024).toFixed(1)} MB in ${files.size} files`)
  })

  it("keeps package.json's name as the app name, so the data folder is …/kugghjul in every build", () => {
    const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as Record<string, unknown>
    expect(packed.name).toBe('kugghjul')
    expect(packed).not.toHaveProperty('productName')
    expect(packed).not.toHaveProperty('devDependencies')
    expect(packed).not.toHaveProperty('scripts')
    expect(packed.main).toBe('./out/main/index.js')
  })
})

describe('the packed Electron', () => {
  it('has its fuses flipped by the afterPack hook', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'kugghjul'))
    expect(fuseMismatches(wire, fuseConfigFor('linux', 'x64'))).toEqual([])
  })

  it('keeps only the Swedish and English locales', async () => {
    expect((await readdir(join(unpacked, 'locales'))).sort()).toEqual(['en-US.pak', 'sv.pak'])
  })

  it('has the app only in app.asar, with no loose app folder beside it', async () => {
    expect((await readdir(join(unpacked, 'resources'))).sort()).toEqual(['app.asar'])
  })
})
