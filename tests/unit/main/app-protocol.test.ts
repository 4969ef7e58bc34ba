import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppProtocolHandler, mimeTypeFor, resolveAppFile } from '../../../src/main/app-protocol'

const root = '/opt/kugghjul/out/renderer'

describe('app:// protocol', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile('app://kugghjul/index.html', root)).toBe(`${root}/index.html`)
    expect(resolveAppFile('app://kugghjul/', root)).toBe(`${root}/index.html`)
    expect(resolveAppFile('app://kugghjul/assets/index-abc.js?x=1#/dialoger', root)).toBe(`${root}/assets/index-abc.js`)
  })

  it('refuses paths that leave the renderer folder and other hosts', () => {
    // The URL parser folds '..' and '%2e%2e' away, so these stay inside the folder.
    expect(resolveAppFile('app://kugghjul/../../etc/passwd', root)).toBe(`${root}/etc/passwd`)
    expect(resolveAppFile('app://kugghjul/%2e%2e/%2e%2e/etc/passwd', root)).toBe(`${root}/etc/passwd`)
    // An encoded slash survives the parser; decoding it must not let the path escape.
    expect(resolveAppFile('app://kugghjul/..%2f..%2f..%2fetc%2fpasswd', root)).toBeNull()
    expect(resolveAppFile('app://kugghjul/assets/%00.js', root)).toBeNull()
    expect(resolveAppFile('app://evil/index.html', root)).toBeNull()
    expect(resolveAppFile('::', root)).toBeNull()
  })

  it('serves files with their type and the CSP header, and 404 for the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kugghjul-protocol-'))
    await writeFile(join(dir, 'index.html'), '<h1>Hej</h1>')
    const handler = createAppProtocolHandler(dir, async (file) => new Uint8Array(await readFile(file)))

    const ok = await handler({ url: 'app://kugghjul/index.html' })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(ok.headers.get('Content-Security-Policy')).toContain("script-src 'self'")
    expect(await ok.text()).toBe('<h1>Hej</h1>')

    expect((await handler({ url: 'app://kugghjul/saknas.js' })).status).toBe(404)
    expect((await handler({ url: 'app://kugghjul/..%2f..%2fsecret' })).status).toBe(404)
  })

  it('knows the types the renderer uses', () => {
    expect(mimeTypeFor('a.js')).toMatch(/javascript/)
    expect(mimeTypeFor('a.CSS')).toMatch(/text\/css/)
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream')
  })
})
