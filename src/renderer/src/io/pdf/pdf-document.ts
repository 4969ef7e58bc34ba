/**
 * The small part of pdfmake's document definition that Kugghjul's documents
 * use, typed. pdfmake itself is loaded only when a PDF is made (pdf-maker.ts).
 */
export type PdfContent = string | PdfNode | PdfContent[]

export interface PdfNode {
  text?: PdfContent
  stack?: PdfContent[]
  columns?: PdfContent[]
  image?: string
  svg?: string
  canvas?: PdfCanvasItem[]
  table?: { widths: (number | string)[]; body: PdfContent[][]; headerRows?: number; dontBreakRows?: boolean }
  layout?: string
  width?: number | string
  height?: number
  fit?: [number, number]
  style?: string | string[]
  fontSize?: number
  bold?: boolean
  italics?: boolean
  color?: string
  alignment?: 'left' | 'center' | 'right' | 'justify'
  characterSpacing?: number
  lineHeight?: number
  margin?: number | [number, number] | [number, number, number, number]
  absolutePosition?: { x: number; y: number }
  pageBreak?: 'before' | 'after'
  /** With pageBreak: the pages from this node on are turned (a wide table). */
  pageOrientation?: 'portrait' | 'landscape'
  columnGap?: number
  fillColor?: string
  /** Keeps the node on one page when it fits (a heading with its first lines, a chart with its table). */
  unbreakable?: boolean
  noWrap?: boolean
  /** Marks a heading, so pageBreakBefore can keep it off the bottom of a page. */
  headlineLevel?: number
}

export type PdfCanvasItem =
  | {
      type: 'rect'
      x: number
      y: number
      w: number
      h: number
      r?: number
      lineWidth?: number
      lineColor?: string
      color?: string
    }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth?: number; lineColor?: string }

export interface PdfDocumentDefinition {
  pageSize: 'A4'
  pageOrientation: 'portrait' | 'landscape'
  pageMargins: [number, number, number, number]
  info: { title: string; author: string; subject?: string; creator?: string; producer?: string; keywords?: string }
  language: string
  content: PdfContent[]
  images?: Record<string, string>
  styles?: Record<string, Omit<PdfNode, 'text' | 'stack' | 'columns'>>
  defaultStyle?: { font: string; fontSize: number; color?: string; lineHeight?: number }
  background?: (currentPage: number, pageSize: { width: number; height: number }) => PdfContent | null
  footer?: (currentPage: number, pageCount: number) => PdfContent | null
  /** Asked for each node after layout; true moves it to the next page (pdfmake then lays the document out again). */
  pageBreakBefore?: (
    node: { headlineLevel?: number; startPosition?: { verticalRatio: number } },
    context: { getFollowingNodesOnPage(): unknown[] }
  ) => boolean
  /** pdfkit's conformance subset, e.g. 'PDF/A-2b' (XMP identification, sRGB output intent); needs `version` 1.4 or later. */
  subset?: 'PDF/A-2b'
  version?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7'
}

/** A4 in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const
