import type { CountyLogo } from '@/domain/county-profile'
import type { PdfNode } from './pdf-document'

/** The SVG text inside an image/svg+xml data URL (base64 or percent-encoded). */
export function svgFromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',')
  const header = dataUrl.slice(0, comma)
  const data = dataUrl.slice(comma + 1)
  if (!header.endsWith(';base64')) return decodeURIComponent(data)
  const binary = atob(data)
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
}

export const LOGO_IMAGE_KEY = 'countyLogo'
export const SYMBOL_IMAGE_KEY = 'strategySymbol'

/**
 * The county logo (or another image of the county's: `key` names it) fitted
 * into `box`: a PNG through the document's image dictionary (embedded once
 * however many pages show it), an SVG as vectors.
 */
export function logoNode(logo: CountyLogo, box: [number, number], key = LOGO_IMAGE_KEY): PdfNode {
  if (logo.mimeType === 'image/svg+xml') return { svg: svgFromDataUrl(logo.dataUrl), fit: box, alignment: 'center' }
  return { image: key, fit: box, alignment: 'center' }
}
