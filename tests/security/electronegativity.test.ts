import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Finding } from '@doyensec/electronegativity'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security'
import { forbidNetwork, offlineGotFor, type NetworkGuard } from './offline'

/**
 * Electronegativity reaches the network twice: on every run it asks for a
 * translation of its messages for $LANG (answered "not found" here, so it uses
 * the English ones it ships), and its AvailableSecurityFixesGlobalCheck
 * downloads Electron's release list, which this offline project cannot use and
 * so leaves out. Its HTTP client is replaced before it loads, and every other
 * way out of the process is refused, so a run that tries to reach the network
 * fails the test instead of waiting for a connection.
 */
const translations = (
  createRequire(import.meta.url)('@doyensec/electronegativity/package.json') as { i18nSource: string }
).i18nSource
const requested = offlineGotFor('@doyensec/electronegativity', (url) => url.startsWith(`${translations}/`))
const { default: run } = await import('@doyensec/electronegativity')

/** Global checks that need the network; matched by class name, case-insensitively. */
const NEEDS_NETWORK = ['AvailableSecurityFixesGlobalCheck']
const RELEASE_LIST = 'https://raw.githubusercontent.com/electron/releases/master/index.json'

/** Runs Electronegativity through its API, as its CLI would, and returns its findings. */
function electronegativity(input: string, excludeFromScan = NEEDS_NETWORK) {
  return run(
    {
      input,
      output: null,
      isSarif: false,
      customScan: [],
      excludeFromScan,
      isRelative: true,
      electronVersionOverride: '45.4.1'
    },
    false
  )
}

let network: NetworkGuard
beforeEach(() => {
  requested.urls.length = 0
  network = forbidNetwork()
})
afterEach(() => network.restore())

const describeFinding = (f: Finding) => `${f.id} in ${f.file}:${f.location.line}`

describe('Electronegativity', () => {
  it('finds nothing in src/', { timeout: 60_000 }, async () => {
    const result = await electronegativity('src')
    expect(result.issues.map(describeFinding)).toEqual([])
    expect(result.errors).toEqual([])
  })

  it(
    'makes no network request: only the translation file is asked for, and answered here',
    { timeout: 60_000 },
    async () => {
      await electronegativity('src')
      expect(network.attempts).toEqual([])
      expect(requested.urls.length).toBeGreaterThan(0)
      expect(requested.urls.filter((url) => !url.startsWith(`${translations}/`))).toEqual([])
    }
  )

  it('would reach the network if the release-list check were not left out', { timeout: 60_000 }, async () => {
    const app = await mkdtemp(join(tmpdir(), 'kugghjul-eng-net-'))
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'x', devDependencies: { electron: '45.4.1' } }))
    await electronegativity(app, [])
    expect(requested.urls).toContain(RELEASE_LIST)
  })

  it('refuses a connection, a name lookup and fetch while a scan runs', async () => {
    const { connect } = createRequire(import.meta.url)('node:net') as typeof import('node:net')
    const { lookup } = createRequire(import.meta.url)('node:dns') as typeof import('node:dns')
    expect(() => connect(443, 'example.org')).toThrow(/Network access in a test/)
    expect(() => lookup('example.org', () => {})).toThrow(/Network access in a test/)
    expect(() => fetch('https://example.org/')).toThrow(/Network access in a test/)
    expect(network.attempts).toEqual([
      'connect example.org:443',
      'dns.lookup example.org',
      'fetch https://example.org/'
    ])
  })

  it('fails the build when the sandbox is switched off', { timeout: 60_000 }, async () => {
    const copy = await mkdtemp(join(tmpdir(), 'kugghjul-eng-'))
    await cp('src', copy, { recursive: true })
    const security = join(copy, 'main', 'security.ts')
    const source = await readFile(security, 'utf8')
    expect(source).toContain('sandbox: true,')
    await writeFile(security, source.replace('sandbox: true,', ''))

    const result = await electronegativity(copy)
    expect(result.issues.map((f) => f.id)).toContain('SANDBOX_JS_CHECK')
  })

  it('sees the same strict policy in index.html as main sends as a header', async () => {
    const html = await readFile('src/renderer/index.html', 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    const headerWithoutFrameAncestors = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ')
    expect(meta).toBe(headerWithoutFrameAncestors)
  })
})
