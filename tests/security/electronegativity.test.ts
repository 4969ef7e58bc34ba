import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import run, { type Finding } from '@doyensec/electronegativity'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security'

/** Runs Electronegativity through its API, as its CLI would, and returns its findings. */
function electronegativity(input: string) {
  return run(
    { input, output: null, isSarif: false, customScan: [], excludeFromScan: [], isRelative: true, electronVersionOverride: '45.4.1' },
    false
  )
}

const describeFinding = (f: Finding) => `${f.id} in ${f.file}:${f.location.line}`

describe('Electronegativity', () => {
  it('finds nothing in src/', { timeout: 60_000 }, async () => {
    const result = await electronegativity('src')
    expect(result.issues.map(describeFinding)).toEqual([])
    expect(result.errors).toEqual([])
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
