import { createServer, type Server } from 'node:http'
import { resolve } from 'node:path'
import { build, type Plugin } from 'esbuild'
import { chromium } from '@playwright/test'
import type { PageImportTimings } from './browser/statistics-import-page'

/**
 * The statistics import in Chromium, without the app's screens (they are
 * not built yet): the import client and worker and the commit, bundled with
 * esbuild and served from memory, so the store step runs on real IndexedDB
 * and the main thread's long tasks are those of a real browser.
 */
const root = resolve(import.meta.dirname, '../..')

const appAlias: Plugin = {
  name: 'app-alias',
  setup(b) {
    b.onResolve({ filter: /^@\// }, async (args) =>
      b.resolve(`./${args.path.slice(2)}`, { kind: args.kind, resolveDir: resolve(root, 'src/renderer/src') })
    )
  }
}

async function bundle(entry: string): Promise<string> {
  const output = await build({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
    plugins: [appAlias],
    define: { __APP_VERSION__: '"bench"' }
  })
  return output.outputFiles[0]!.text
}

function serve(
  files: Record<string, { type: string; body: string | Uint8Array }>
): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://x').pathname]
    if (!file) return void response.writeHead(404).end()
    response.writeHead(200, { 'content-type': file.type }).end(file.body)
  })
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })
    )
  )
}

export async function timeImportInChromium(
  bytes: Uint8Array,
  fileName: string,
  runs: number
): Promise<PageImportTimings[]> {
  const [page, worker] = await Promise.all([
    bundle('tests/bench/browser/statistics-import-page.ts'),
    bundle('src/renderer/src/io/stats/statistics-import.worker.ts')
  ])
  const { server, url } = await serve({
    '/': {
      type: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>'
    },
    '/page.js': { type: 'text/javascript', body: page },
    '/worker.js': { type: 'text/javascript', body: worker },
    '/file': { type: 'application/octet-stream', body: bytes }
  })
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu']
  })
  try {
    const timings: PageImportTimings[] = []
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext()
      const tab = await context.newPage()
      await tab.goto(url)
      await tab.waitForFunction(() => 'runImport' in globalThis)
      timings.push(
        await tab.evaluate(
          ([name, db]) =>
            (
              globalThis as unknown as { runImport: (u: string, f: string, d: string) => Promise<PageImportTimings> }
            ).runImport('/file', name, db),
          [fileName, `bench-${run}`] as const
        )
      )
      await context.close()
    }
    return timings
  } finally {
    await browser.close()
    server.close()
  }
}
