/**
 * pdfmake draws text inside an SVG (chart labels) with `doc.font(name)`,
 * where `name` is the font's file name in pdfmake's virtual file system. In
 * the browser bundle pdfkit reads files through that same virtual file
 * system, so the chart text gets embedded Roboto. In Node (tests, bench)
 * pdfkit reads the real disk instead, fails, and falls back to Helvetica,
 * which is not embedded (and breaks PDF/A). This teaches pdfkit's font() in
 * Node to look in the virtual file system first, so both behave the same.
 */

interface PdfKitDocumentLike {
  virtualfs?: { existsSync(name: string): boolean; readFileSync(name: string): Uint8Array } | null
  _registeredFonts: Record<string, unknown>
  registerFont(name: string, src: Uint8Array): unknown
  font(src: unknown, family?: unknown, size?: unknown): unknown
}

let patched = false

/** Call once after loading pdfmake in Node; a no-op elsewhere. */
export async function letSvgTextUseVirtualFonts(): Promise<void> {
  if (patched) return
  patched = true
  // A computed specifier so the browser bundle never includes pdfmake's Node sources.
  const specifier = ['pdfmake', 'js', 'PDFDocument.js'].join('/')
  const module = (await import(/* @vite-ignore */ specifier)) as {
    default: { prototype: PdfKitDocumentLike } | { default: { prototype: PdfKitDocumentLike } }
  }
  const PdfKitDocument = 'prototype' in module.default ? module.default : module.default.default
  const font = PdfKitDocument.prototype.font
  PdfKitDocument.prototype.font = function (this: PdfKitDocumentLike, src: unknown, family?: unknown, size?: unknown) {
    // Registered under its file name, pdfkit caches the font by that name and embeds it once per document.
    if (typeof src === 'string' && !this._registeredFonts[src] && this.virtualfs?.existsSync(src))
      this.registerFont(src, this.virtualfs.readFileSync(src))
    return font.call(this, src, family, size)
  }
}
