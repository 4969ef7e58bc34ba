import type { AnnualFiguresReport } from '@/domain/annual-figures/annual-figures-report'
import type { FigureRow, FigureTable } from '@/domain/annual-figures/annual-figure-tables'
import { formatProseDate } from '@/domain/swedish-format'
import { documentColors } from './document-colors'
import type { PdfContent, PdfDocumentDefinition } from './pdf-document'
import {
  heading,
  keptTogether,
  num,
  paragraph,
  reportCover,
  reportDefinition,
  reportTable,
  type ReportColumn
} from './report-layout'

const { grey } = documentColors

/**
 * The årsuppföljning as a pdfmake definition, in the lägesrapport's style
 * (report-layout.ts): cover, the three parts (anslutna verksamheter,
 * prestationer, utfall) with their tables, and the definitions as numbered
 * footnotes: a row's label carries its number, the notes close the document.
 */
type Cell = {
  text: string | (string | { text: string; sup: true })[]
  bold?: boolean
  margin?: [number, number, number, number]
}

function table(t: FigureTable, noteNumber: (item: Pick<FigureRow, 'note'>) => number | undefined): PdfContent {
  const columns: ReportColumn[] = [
    { header: t.caption, width: '*' },
    ...t.headers.map((h) => ({ header: h, width: t.headers.length > 1 ? 48 : 60, figure: true }))
  ]
  const node = reportTable(
    columns,
    t.rows.map((r) => [r.label, ...r.values.map((v) => num(v, 0))])
  )
  // Sub-rows indented, total rows in bold wherever they stand, and the footnote number raised after the label.
  const body = (node.table as { body: Cell[][] }).body
  const tableNote = noteNumber(t)
  if (tableNote) body[0]![0]!.text = [t.caption, { text: ` ${tableNote}`, sup: true }]
  t.rows.forEach((r, i) => {
    const cells = body[i + 1]!
    if (r.indent) cells[0]!.margin = [12, 0, 0, 0]
    if (r.total) cells.forEach((cell) => (cell.bold = true))
    const n = noteNumber(r)
    if (n) cells[0]!.text = [cells[0]!.text as string, { text: ` ${n}`, sup: true }]
  })
  return keptTogether([node])
}

export function annualFiguresDocument(r: AnnualFiguresReport, archival = false): PdfDocumentDefinition {
  const numberOf = new Map(r.footnotes.map((f) => [f.key, f.number]))
  const noteNumber = (item: Pick<FigureRow, 'note'>) => (item.note ? numberOf.get(item.note) : undefined)
  const f = r.figures
  const content: PdfContent[] = [
    ...reportCover(r, {
      kind: 'ÅRSUPPFÖLJNING',
      name: String(r.year),
      subtitle: `Underlag till årsredovisningen, ${r.countyName}`,
      facts: [
        ['Anslutna vid årets slut', num(f.members.atYearEndTotal, 0)],
        ['Genomförda dialoger', num(f.dialogues.held, 0)],
        ['Aktiviteter', num(f.events.held, 0)],
        ['Deltagare', num(f.participants.total, 0)],
        ['Rapporten upprättad', r.createdOn]
      ]
    }),
    paragraph(
      `Årsuppföljningen redovisar länsstyrelsens arbete med anslutna verksamheter under ${r.year}. Prestationer är det länsstyrelsen har gjort; utfall är det de anslutna verksamheterna har gjort. Varje siffra förklaras i en fotnot sist i dokumentet.`
    ),
    ...(r.preliminary
      ? [
          paragraph(
            `Året är inte slut: siffrorna gäller registret den ${formatProseDate(r.createdOn)} och kan ändras.`,
            { italics: true, color: grey }
          )
        ]
      : []),
    ...r.parts.flatMap((part, i) => [
      heading(`${i + 1} ${part.title}`, 1),
      paragraph(part.intro, { color: grey }),
      ...part.tables.map((t) => table(t, noteNumber))
    ]),
    heading('Fotnoter: så räknas siffrorna', 1),
    ...r.footnotes.map((n) => paragraph(`${n.number}. ${n.text}`, { fontSize: 9 }))
  ]
  return reportDefinition(
    content,
    {
      title: r.title,
      countyName: r.countyName,
      subject: `Årsuppföljning för ${r.countyName} ${r.year}`,
      keywords: 'årsuppföljning, jämställdhet, prestationer, utfall',
      logo: r.logo,
      symbol: r.symbol,
      caseNumber: r.handling.caseNumber
    },
    archival
  )
}
