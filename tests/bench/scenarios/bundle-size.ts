import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { result, type Scenario } from '../measure'

const rendererDir = 'out/renderer'

/** The JavaScript the renderer must download and parse before the first screen: entry script and its modulepreloads. */
export const bundleSizeScenario: Scenario = {
  name: 'renderer bundle size',
  async run() {
    const html = await readFile(join(rendererDir, 'index.html'), 'utf8')
    const files = [
      ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.\/([^"]+\.js)"/g)
    ].map((m) => m[1]!)
    let gzip = 0
    const lazyLibraries: string[] = []
    for (const file of files) {
      const source = await readFile(join(rendererDir, file))
      gzip += gzipSync(source, { level: 9 }).byteLength
      const text = source.toString('utf8')
      if (text.includes('ExcelJS') || text.includes('exceljs')) lazyLibraries.push('ExcelJS')
      if (text.includes('pdfmake')) lazyLibraries.push('pdfmake')
    }
    const kb = gzip / 1024
    return [
      {
        ...result('initial renderer JS (gzip)', 'KB', [kb], { target: '≤ 300 KB', targetMax: 300 }),
        note:
          lazyLibraries.length > 0
            ? `in the initial bundle: ${lazyLibraries.join(', ')}`
            : `ExcelJS and pdfmake load lazily; ${files.length} files`
      }
    ]
  }
}
