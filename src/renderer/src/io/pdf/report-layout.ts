import type { CountyLogo, StrategySymbol } from '@/domain/county-profile'
import { caseOfficerLine, type ReportHandling } from '@/domain/report-handling'
import { formatNumber } from '@/domain/swedish-format'
import { issuingAuthority } from './certificate-document'
import { authorityMetadata, identityImages, symbolNode } from './county-identity'
import { documentColors } from './document-colors'
import { logoNode } from './logo-content'
import { A4, type PdfContent, type PdfDocumentDefinition, type PdfNode } from './pdf-document'
import { DOCUMENT_FONT } from './pdf-maker'

/**
 * Building blocks shared by the report documents (utvärderingsrapport,
 * lägesrapport): the cover's county block, headings, tables, the footer with
 * page numbers, and the definition with metadata and optional PDF/A-2b.
 */

const { navy, gold, grey, tint } = documentColors
export const REPORT_MARGIN_X = 56
/** The width of the text column in points. */
export const REPORT_CONTENT_WIDTH = A4.width - 2 * REPORT_MARGIN_X

/** 1234.5 → "1 234,5" with a no-break space Roboto has (Intl gives U+202F, which it lacks); null → "–". */
export function num(value: number | null, digits = 1): string {
  return value === null ? '–' : formatNumber(value, digits).replace(/\u202f/g, '\u00a0')
}

export function heading(text: string, level: 1 | 2): PdfNode {
  return level === 1
    ? { text, fontSize: 17, bold: true, color: navy, margin: [0, 18, 0, 8], headlineLevel: 1 }
    : { text, fontSize: 12.5, bold: true, color: navy, margin: [0, 12, 0, 5], headlineLevel: 2 }
}

export function paragraph(text: string, extra: Partial<PdfNode> = {}): PdfNode {
  return { text, margin: [0, 0, 0, 6], lineHeight: 1.2, ...extra }
}

/**
 * Content kept on one page when it fits (a chart with its table). Headings in
 * it lose their headlineLevel: pdfmake's pageBreakBefore would otherwise judge
 * them where the block was first tried, and add an empty page.
 */
export function keptTogether(nodes: readonly PdfContent[]): PdfNode {
  const plain = (node: PdfContent): PdfContent =>
    typeof node === 'object' && !Array.isArray(node) && node.headlineLevel !== undefined
      ? { ...node, headlineLevel: undefined }
      : node
  return { unbreakable: true, stack: nodes.map(plain) }
}

/** A grey, italic line saying a section has nothing to show. */
export function nothingNote(text: string): PdfNode {
  return paragraph(text, { italics: true, color: grey })
}

export interface ReportColumn {
  header: string
  width: number | string
  /** Figures are right-aligned. */
  figure?: boolean
}

/** A table with a tinted header row that repeats on each page; `total` rows print in bold. */
export function reportTable(
  columns: readonly ReportColumn[],
  rows: readonly string[][],
  options: { totalRows?: number } = {}
): PdfNode {
  const header = columns.map((c) => ({
    text: c.header,
    bold: true,
    fillColor: tint,
    alignment: c.figure ? ('right' as const) : ('left' as const)
  }))
  const totalFrom = rows.length - (options.totalRows ?? 0)
  const body = rows.map((row, r) =>
    row.map((cell, i) => ({
      text: cell,
      alignment: columns[i]?.figure ? ('right' as const) : ('left' as const),
      bold: r >= totalFrom
    }))
  )
  return {
    table: { widths: columns.map((c) => c.width), headerRows: 1, dontBreakRows: true, body: [header, ...body] },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 2, 0, 10]
  }
}

/** Who a report is from: every report's model carries these, and the cover takes them as they are. */
export interface ReportIdentity {
  countyName: string
  strategyTitle: string
  logo: CountyLogo | null
  symbol: StrategySymbol
  handling: ReportHandling
}

export interface ReportCover {
  /** "UTVÄRDERINGSRAPPORT", "LÄGESRAPPORT". */
  kind: string
  /** The member's name, or the year. */
  name: string
  subtitle: string
  facts: readonly [string, string][]
}

/**
 * The cover page: the county's logo (or its name), the strategy's symbol (if
 * the county has one), the strategy, the report's kind and name, label–value
 * facts with the diarienummer first, and the place-and-date line with the
 * handläggare.
 */
export function reportCover(identity: ReportIdentity, cover: ReportCover): PdfContent[] {
  const { handling } = identity
  const facts: (readonly [string, string])[] = [
    ...(handling.caseNumber ? [['Diarienummer', handling.caseNumber] as const] : []),
    ...cover.facts
  ]
  const officer = handling.caseOfficer
  return [
    identity.logo
      ? { ...logoNode(identity.logo, [220, 64]), margin: [0, 30, 0, 6] }
      : {
          text: issuingAuthority(identity.countyName),
          fontSize: 14,
          bold: true,
          color: navy,
          alignment: 'center',
          margin: [0, 40, 0, 10]
        },
    symbolNode(identity.symbol, navy, 48, [0, 10, 0, 8]) ?? { text: '', margin: [0, 10, 0, 0] },
    { text: identity.strategyTitle, fontSize: 12, color: grey, alignment: 'center', margin: [0, 0, 0, 60] },
    { text: cover.kind, fontSize: 26, bold: true, color: navy, alignment: 'center', characterSpacing: 3 },
    { text: cover.name, fontSize: 20, bold: true, alignment: 'center', margin: [0, 14, 0, 2] },
    { text: cover.subtitle, fontSize: 13, color: grey, alignment: 'center' },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: REPORT_CONTENT_WIDTH - 80, y2: 0, lineWidth: 0.75, lineColor: gold }],
      margin: [40, 16, 40, 0]
    },
    {
      table: {
        widths: [150, '*'],
        body: facts.map(([label, value]) => [
          { text: label, color: grey },
          { text: value, bold: true }
        ])
      },
      layout: 'noBorders',
      margin: [40, 30, 40, 0]
    },
    { text: handling.placeAndDate, margin: [40, 36, 40, 0] },
    ...(officer
      ? [
          {
            text: [{ text: 'Handläggare: ', color: grey }, caseOfficerLine(officer)],
            margin: [40, 4, 40, 0] as [number, number, number, number]
          }
        ]
      : []),
    { text: '', pageBreak: 'after' }
  ]
}

export interface ReportMetadata {
  title: string
  countyName: string
  subject: string
  keywords?: string
  /** The county logo and strategy symbol, when PNGs: embedded once through the image dictionary. */
  logo: CountyLogo | null
  symbol: StrategySymbol
  /** The länsstyrelse's diarienummer, printed in every page's footer when given. */
  caseNumber: string
}

/** pdfkit writes the XMP packet without escaping, so in an archival file the metadata may not hold XML markup characters. */
function xmpSafe(text: string): string {
  return text.replace(/&/g, 'och').replace(/[<>]/g, '')
}

/**
 * The definition of a report: A4, Roboto, page numbers in the footer from
 * page 2 (the cover has none), title, author (the länsstyrelse), subject and
 * language sv in the metadata. `archival` makes it PDF/A-2b: pdfkit writes the
 * XMP part identification and an sRGB output intent; fonts are embedded anyway.
 */
export function reportDefinition(
  content: PdfContent[],
  meta: ReportMetadata,
  archival: boolean
): PdfDocumentDefinition {
  const clean = archival ? xmpSafe : (t: string) => t
  const footerTitle = meta.caseNumber ? `${meta.title} · Dnr ${meta.caseNumber}` : meta.title
  const images = identityImages(meta.logo, meta.symbol)
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [REPORT_MARGIN_X, 56, REPORT_MARGIN_X, 60],
    info: {
      title: clean(meta.title),
      ...authorityMetadata(clean(issuingAuthority(meta.countyName))),
      subject: clean(meta.subject),
      ...(meta.keywords ? { keywords: clean(meta.keywords) } : {})
    },
    language: 'sv-SE',
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 10, color: '#1a1a1a' },
    ...(images ? { images } : {}),
    ...(archival ? { subset: 'PDF/A-2b' as const, version: '1.7' as const } : {}),
    // A heading in the last sixth of a page, or followed there only by other headings (or nothing),
    // moves to the next page. (pdfmake counts a table whose rows moved on as still starting under
    // the heading, so position decides too.)
    pageBreakBefore: (node, context) =>
      node.headlineLevel !== undefined &&
      ((node.startPosition?.verticalRatio ?? 0) > 0.84 ||
        context
          .getFollowingNodesOnPage()
          .every((next) => (next as { headlineLevel?: number }).headlineLevel !== undefined)),
    footer: (page, count) =>
      page === 1
        ? null
        : {
            columns: [
              { text: footerTitle, width: '*', color: grey },
              { text: `Sida ${page} av ${count}`, width: 'auto', alignment: 'right', color: grey }
            ],
            fontSize: 8,
            margin: [REPORT_MARGIN_X, 24, REPORT_MARGIN_X, 0]
          },
    content
  }
}
