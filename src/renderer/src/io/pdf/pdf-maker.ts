import { letSvgTextUseVirtualFonts } from './node-svg-fonts'
import type { PdfDocumentDefinition } from './pdf-document'

/** The part of pdfmake's instance API (0.3) that is the same in Node and in the browser bundle. */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: string, encoding: 'base64'): void }
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void
  setUrlAccessPolicy(allow: (url: string) => boolean): void
  /** Node only. */
  setLocalAccessPolicy?: (allow: (path: string) => boolean) => void
  setProgressCallback(callback: ((fraction: number) => void) | undefined): void
  createPdf(definition: PdfDocumentDefinition): { getBuffer(): Promise<Uint8Array> }
}

/** The font every document uses: Roboto from pdfmake's own font files (Apache License 2.0), embedded as subsets. */
export const DOCUMENT_FONT = 'Roboto'

/**
 * A CommonJS module through import(): the value sits on .default (once or
 * twice, depending on the bundler); some loaders also mirror its keys on the
 * namespace, so the deepest .default that has `has` wins.
 */
function unwrap<T>(module: unknown, has: string): T {
  let value = module as Record<string, unknown>
  for (let i = 0; i < 2; i++) {
    const inner = value.default as Record<string, unknown> | undefined
    if (inner && typeof inner === 'object' && has in inner) value = inner
  }
  return value as T
}

let loading: Promise<PdfMake> | undefined

/**
 * pdfmake and its fonts (about 3 MB), loaded on the first PDF and kept. The
 * dynamic import keeps them out of the renderer's start bundle. Documents
 * reach no URL and no file: images come as data URLs, fonts from memory.
 */
function loadPdfMake(): Promise<PdfMake> {
  loading ??= (async () => {
    const [pdfmakeModule, fontsModule] = await Promise.all([import('pdfmake'), import('pdfmake/build/vfs_fonts.js')])
    const pdfmake = unwrap<PdfMake>(pdfmakeModule, 'createPdf')
    const vfs = unwrap<Record<string, string>>(fontsModule, 'Roboto-Regular.ttf')
    for (const [name, base64] of Object.entries(vfs)) pdfmake.virtualfs.writeFileSync(name, base64, 'base64')
    pdfmake.setFonts({
      [DOCUMENT_FONT]: {
        normal: 'Roboto-Regular.ttf',
        bold: 'Roboto-Medium.ttf',
        italics: 'Roboto-Italic.ttf',
        bolditalics: 'Roboto-MediumItalic.ttf'
      }
    })
    pdfmake.setUrlAccessPolicy(() => false)
    if (pdfmake.setLocalAccessPolicy) {
      pdfmake.setLocalAccessPolicy(() => false)
      await letSvgTextUseVirtualFonts()
    }
    return pdfmake
  })()
  loading.catch(() => (loading = undefined))
  return loading
}

/**
 * The PDF file for a document definition. `onProgress` gets the fraction of
 * the document written (0–1) while pdfmake renders it.
 */
export async function makePdf(
  definition: PdfDocumentDefinition,
  onProgress?: (fraction: number) => void
): Promise<Uint8Array> {
  const pdfmake = await loadPdfMake()
  pdfmake.setProgressCallback(onProgress)
  try {
    const buffer = await pdfmake.createPdf(definition).getBuffer()
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  } finally {
    pdfmake.setProgressCallback(undefined)
  }
}
