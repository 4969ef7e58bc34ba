import type { CountyLogo, StrategySymbol } from '@/domain/county-profile'
import { gearSvg } from './gear-symbol'
import { LOGO_IMAGE_KEY, logoNode, SYMBOL_IMAGE_KEY } from './logo-content'
import type { PdfNode } from './pdf-document'

/**
 * The county's own identity on a document: its logo and the strategy's symbol
 * as the county profile chose it. Kugghjul's name never appears; the
 * metadata's creator is the länsstyrelse.
 */

/** The strategy symbol, `width` points wide, or null when the county has none. */
export function symbolNode(
  symbol: StrategySymbol,
  color: string,
  width: number,
  margin: [number, number, number, number]
): PdfNode | null {
  if (symbol.kind === 'none') return null
  if (symbol.kind === 'gear') return { svg: gearSvg(color), width, alignment: 'center', margin }
  return { ...logoNode(symbol.image, [width * 2.5, width], SYMBOL_IMAGE_KEY), margin }
}

/** The image dictionary for the PNG logo and symbol the document shows (SVGs are drawn inline). */
export function identityImages(
  logo: CountyLogo | null | undefined,
  symbol: StrategySymbol | undefined
): Record<string, string> | undefined {
  const images: Record<string, string> = {}
  if (logo?.mimeType === 'image/png') images[LOGO_IMAGE_KEY] = logo.dataUrl
  if (symbol?.kind === 'image' && symbol.image.mimeType === 'image/png') images[SYMBOL_IMAGE_KEY] = symbol.image.dataUrl
  return Object.keys(images).length > 0 ? images : undefined
}

/** PDF metadata naming the länsstyrelse as author and creator (the producer stays pdfmake, the library that wrote the file). */
export function authorityMetadata(authority: string): { author: string; creator: string } {
  return { author: authority, creator: authority }
}
