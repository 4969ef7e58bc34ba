import type { CertificateSheet } from '@/domain/certificates/certificate-sheet'
import { issuingAuthority } from '@/domain/report-handling'
import { authorityMetadata, identityImages, symbolNode } from './county-identity'
import { logoNode } from './logo-content'
import { A4, type PdfContent, type PdfDocumentDefinition, type PdfNode } from './pdf-document'
import { documentColors } from './document-colors'
import { DOCUMENT_FONT } from './pdf-maker'

const { navy: NAVY, gold: GOLD, grey: GREY } = documentColors
const MARGIN_X = 72
const FOOTER_TOP = A4.height - 118

/** "Kalmar län" → "Länsstyrelsen i Kalmar län": who issues the certificate (the rule lives in domain/report-handling.ts). */
export { issuingAuthority }

/** A double frame in the strategy's colours, drawn behind every page. */
function frame(): PdfContent {
  const outer = 26
  const inner = 33
  return {
    canvas: [
      {
        type: 'rect',
        x: outer,
        y: outer,
        w: A4.width - 2 * outer,
        h: A4.height - 2 * outer,
        lineWidth: 2.5,
        lineColor: NAVY
      },
      {
        type: 'rect',
        x: inner,
        y: inner,
        w: A4.width - 2 * inner,
        h: A4.height - 2 * inner,
        lineWidth: 0.75,
        lineColor: GOLD
      }
    ]
  }
}

function nameSize(name: string): number {
  if (name.length <= 34) return 28
  if (name.length <= 60) return 22
  return 17
}

function periodTable(sheet: CertificateSheet): PdfNode {
  const row = (label: string, value: string): PdfContent[] => [
    { text: label, color: GREY, alignment: 'right' },
    { text: value, bold: true, alignment: 'left' }
  ]
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: {
          widths: ['auto', 'auto'],
          body: [
            row(
              'Anslutningsperiod',
              `${sheet.periodStartDate} – ${sheet.periodEndDate} (period ${sheet.periodNumber})`
            ),
            row('Ledningsbeslut', sheet.decisionDate)
          ]
        },
        layout: 'noBorders'
      },
      { width: '*', text: '' }
    ],
    margin: [0, 28, 0, 0]
  }
}

function signature(sheet: CertificateSheet): PdfNode {
  const lineWidth = 230
  const lines: PdfContent[] = [
    { text: sheet.placeAndDate, fontSize: 11, margin: [0, 0, 0, 34] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: lineWidth, y2: 0, lineWidth: 0.75, lineColor: GREY }] }
  ]
  if (sheet.signatoryName) lines.push({ text: sheet.signatoryName, bold: true, margin: [0, 5, 0, 0] })
  if (sheet.signatoryTitle) lines.push({ text: sheet.signatoryTitle, fontSize: 10 })
  lines.push({
    text: issuingAuthority(sheet.countyName),
    fontSize: 10,
    color: GREY,
    margin: [0, sheet.signatoryName ? 0 : 5, 0, 0]
  })
  return {
    columns: [
      { width: '*', text: '' },
      { width: lineWidth, stack: lines, alignment: 'center' },
      { width: '*', text: '' }
    ],
    margin: [0, 56, 0, 0]
  }
}

function footer(sheet: CertificateSheet): PdfNode {
  return {
    absolutePosition: { x: MARGIN_X, y: FOOTER_TOP },
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: A4.width - 2 * MARGIN_X, y2: 0, lineWidth: 0.5, lineColor: GOLD }] },
      {
        columns: [
          {
            width: '*',
            text: [
              { text: 'Intygsnummer  ', color: GREY },
              { text: sheet.number, bold: true }
            ],
            alignment: 'left'
          },
          {
            width: '*',
            text: [
              { text: 'Kontrollkod  ', color: GREY },
              { text: sheet.code, bold: true }
            ],
            alignment: 'right'
          }
        ],
        fontSize: 11,
        margin: [0, 8, 0, 4]
      },
      {
        text: `Intyget kan kontrolleras hos ${issuingAuthority(sheet.countyName)} med intygsnumret eller kontrollkoden.`,
        fontSize: 8.5,
        color: GREY,
        alignment: 'center'
      }
    ]
  }
}

/** One certificate page. */
export function certificatePage(sheet: CertificateSheet, first: boolean): PdfNode {
  const renewal = sheet.periodNumber > 1
  const header: PdfContent = sheet.logo
    ? { ...logoNode(sheet.logo, [220, 64]), margin: [0, 0, 0, 4] }
    : { text: issuingAuthority(sheet.countyName), fontSize: 14, bold: true, color: NAVY, margin: [0, 20, 0, 24] }
  // Without a symbol, its space goes above the title, so the page keeps its balance.
  const symbol = symbolNode(sheet.symbol, NAVY, 54, [0, 14, 0, 10])
  return {
    ...(first ? {} : { pageBreak: 'before' as const }),
    alignment: 'center',
    stack: [
      header,
      symbol ?? { text: '', margin: [0, 40, 0, 0] },
      { text: 'INTYG', fontSize: 40, bold: true, color: NAVY, characterSpacing: 9 },
      {
        text: renewal ? 'om förnyad anslutning' : 'om anslutning',
        fontSize: 13,
        color: GREY,
        characterSpacing: 1.5,
        margin: [0, 0, 0, 26]
      },
      { text: 'Härmed intygas att', italics: true, fontSize: 13 },
      { text: sheet.memberName, fontSize: nameSize(sheet.memberName), bold: true, color: NAVY, margin: [0, 8, 0, 2] },
      { text: `organisationsnummer ${sheet.orgNumber}`, fontSize: 12, color: GREY },
      {
        text: `genom ledningsbeslut den ${sheet.decisionDateText} har ${renewal ? 'förnyat sin anslutning' : 'anslutit sig'} till`,
        fontSize: 13,
        margin: [0, 22, 0, 6]
      },
      { text: sheet.strategyTitle, fontSize: 20, bold: true, color: NAVY },
      {
        text: `och deltar därmed i ${sheet.countyName}s gemensamma arbete för jämställdhet mellan kvinnor och män.`,
        fontSize: 13,
        lineHeight: 1.25,
        margin: [30, 6, 30, 0]
      },
      periodTable(sheet),
      signature(sheet),
      footer(sheet)
    ]
  }
}

function documentTitle(sheets: readonly CertificateSheet[]): string {
  const [first] = sheets
  if (sheets.length === 1) return `Intyg ${first!.number} – ${first!.memberName}`
  return `Intyg om anslutning – ${sheets.length} verksamheter`
}

/**
 * The document definition for one or many certificates, one per A4 page,
 * with title, author (the länsstyrelse) and language in the PDF metadata.
 */
export function certificateDocument(sheets: readonly CertificateSheet[]): PdfDocumentDefinition {
  const [first] = sheets
  if (!first) throw new Error('Välj minst ett intyg att skriva ut.')
  const images = identityImages(
    sheets.find((s) => s.logo?.mimeType === 'image/png')?.logo,
    sheets.find((s) => s.symbol.kind === 'image')?.symbol
  )
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_X, 64, MARGIN_X, 64],
    info: {
      title: documentTitle(sheets),
      ...authorityMetadata(issuingAuthority(first.countyName)),
      subject: `Intyg om anslutning till ${first.strategyTitle}`
    },
    language: 'sv-SE',
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 12, color: '#1a1a1a' },
    ...(images ? { images } : {}),
    background: () => frame(),
    content: sheets.map((sheet, i) => certificatePage(sheet, i === 0))
  }
}
