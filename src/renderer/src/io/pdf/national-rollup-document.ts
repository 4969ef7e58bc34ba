import type { NationalRollupReport } from '@/domain/annual-figures/national-rollup-report'
import type { PdfContent, PdfDocumentDefinition } from './pdf-document'
import {
  heading,
  nothingNote,
  num,
  paragraph,
  REPORT_CONTENT_WIDTH,
  reportCover,
  reportDefinition,
  reportTable,
  type ReportColumn
} from './report-layout'

/**
 * The riksöversikt as a pdfmake definition, in the lägesrapport's style
 * (report-layout.ts): cover, the chart, the 21 län side by side with the
 * total over the files read (on a landscape page, so all columns fit), and
 * which file each län's figures came from.
 */

export function nationalRollupDocument(
  r: NationalRollupReport,
  chart: string | null,
  archival = false
): PdfDocumentDefinition {
  const { rollup } = r
  // The figures' columns as wide as their headers' words need; the county names take the rest of the landscape page.
  const columns: ReportColumn[] = [
    { header: 'Län', width: '*' },
    ...rollup.columns.map((c) => ({ header: c.label, width: 'auto', figure: true }))
  ]
  const rows = [
    ...rollup.rows.map((row) => [row.countyName, ...row.values.map((v) => (v === null ? '' : num(v, 0)))]),
    ['Totalt', ...rollup.totals.map((v) => num(v, 0))]
  ]
  const sources = rollup.rows.flatMap((row) =>
    row.file
      ? [[row.countyName, row.file.name, row.file.createdAt.slice(0, 16).replace('T', ' '), row.file.appVersion]]
      : []
  )
  const content: PdfContent[] = [
    ...reportCover(r, {
      kind: 'RIKSÖVERSIKT',
      name: String(r.year),
      subtitle: 'Anslutna verksamheter, prestationer och utfall per län',
      facts: [
        ['Län med länsfil', `${rollup.countiesWithFile} av ${rollup.rows.length}`],
        ['Anslutna vid årets slut, totalt', num(rollup.totals[0] ?? 0, 0)],
        ['Rapporten upprättad', r.createdOn]
      ]
    }),
    paragraph(
      `Riksöversikten ställer länens årsuppföljningar för ${r.year} bredvid varandra. Varje län har sparat sina siffror som en länsfil i Kugghjul; siffrorna räknas på samma sätt i alla län. Totalt gäller de län som har en länsfil. Ett län utan länsfil står tomt.`
    ),
    ...(chart
      ? [
          heading('Per län', 1),
          { svg: chart, width: REPORT_CONTENT_WIDTH, margin: [0, 0, 0, 6] as [number, number, number, number] }
        ]
      : []),
    { ...heading('Länen sida vid sida', 1), pageBreak: 'before', pageOrientation: 'landscape' },
    reportTable(columns, rows, { totalRows: 1 }),
    heading('Länsfiler', 1),
    ...(sources.length > 0
      ? [
          reportTable(
            [
              { header: 'Län', width: 110 },
              { header: 'Fil', width: '*' },
              { header: 'Skapad', width: 90 },
              { header: 'Kugghjul', width: 55 }
            ],
            sources
          )
        ]
      : [nothingNote('Inga länsfiler är inlästa.')])
  ]
  return reportDefinition(
    content,
    {
      title: r.title,
      countyName: r.countyName,
      subject: `Riksöversikt ${r.year}`,
      keywords: 'riksöversikt, årsuppföljning, jämställdhet, län',
      logo: r.logo,
      symbol: r.symbol,
      caseNumber: r.handling.caseNumber
    },
    archival
  )
}
