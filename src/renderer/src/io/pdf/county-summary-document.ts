import { formatProseDate } from '@/domain/swedish-format'
import { actionStatuses, actionStatusLabels } from '@/domain/action-plans/action'
import type { ActionStatusCounts } from '@/domain/action-plans/action-summary'
import { nonMembersLabel, type ParticipationSums } from '@/domain/calendar/participation'
import type { CountySummary } from '@/domain/county-summary/county-summary'
import { documentColors } from './document-colors'
import type { PdfContent, PdfDocumentDefinition } from './pdf-document'
import {
  heading,
  keptTogether,
  nothingNote,
  num,
  paragraph,
  REPORT_CONTENT_WIDTH,
  reportCover,
  reportDefinition,
  reportTable,
  type ReportColumn
} from './report-layout'

const { grey } = documentColors

/** The lägesrapport's section headings, in print order. */
export const countySummarySections = [
  '1 Anslutna verksamheter',
  '2 Nya, förnyade och avslutade anslutningar',
  '3 Insatser per delmål och status',
  '4 Deltagande i aktiviteter'
] as const

const none = nothingNote
const figure = (header: string, width: number | string = 52): ReportColumn => ({ header, width, figure: true })

function members(s: CountySummary): PdfContent[] {
  return [
    paragraph(
      `${num(s.activeTotal, 0)} verksamheter var anslutna den ${formatProseDate(s.asOf)}. ${s.municipalitiesJoined} av länets ${s.municipalityCount} kommuner har själva anslutit sig.`
    ),
    heading('Per typ av verksamhet', 2),
    reportTable(
      [{ header: 'Typ', width: '*' }, figure('Anslutna', 70)],
      [...s.byType.map((t) => [t.label, num(t.count, 0)]), ['Totalt', num(s.activeTotal, 0)]],
      { totalRows: 1 }
    ),
    heading('Per kommun', 2),
    reportTable(
      [
        { header: 'Kommun', width: '*' },
        figure('Anslutna verksamheter', 110),
        { header: 'Kommunen ansluten', width: 100 }
      ],
      s.byMunicipality.map((m) => [m.name, num(m.members, 0), m.joined ? 'Ja' : ''])
    )
  ]
}

function changes(s: CountySummary): PdfContent[] {
  return [
    heading(`Nya verksamheter (${s.newMembers.length})`, 2),
    s.newMembers.length === 0
      ? none(`Inga nya verksamheter ${s.year}.`)
      : reportTable(
          [
            { header: 'Verksamhet', width: '*' },
            { header: 'Typ', width: 110 },
            { header: 'Beslut', width: 62 }
          ],
          s.newMembers.map((m) => [m.name, m.type, m.decisionDate])
        ),
    heading(`Förnyade anslutningar (${s.renewals.length})`, 2),
    s.renewals.length === 0
      ? none(`Inga förnyelser ${s.year}.`)
      : reportTable(
          [
            { header: 'Verksamhet', width: '*' },
            figure('Period', 40),
            { header: 'Beslut', width: 62 },
            { header: 'Ny period från', width: 72 }
          ],
          s.renewals.map((r) => [r.name, num(r.period, 0), r.decisionDate, r.startDate])
        ),
    heading(`Avslutade anslutningar (${s.endings.length})`, 2),
    s.endings.length === 0
      ? none(`Inga anslutningar avslutades ${s.year}.`)
      : reportTable(
          [
            { header: 'Verksamhet', width: 170 },
            { header: 'Sista dag', width: 62 },
            { header: 'Skäl', width: '*' }
          ],
          s.endings.map((e) => [e.name, e.endedOn, e.reason])
        )
  ]
}

const statusCells = (c: ActionStatusCounts) => [...actionStatuses.map((status) => num(c[status], 0)), num(c.total, 0)]

function actions(s: CountySummary, chart: string | null): PdfContent[] {
  return [
    paragraph(
      'Insatser som pågick under året enligt start- och slutdatum, med status i dag. En insats kopplad till flera delmål räknas under vart och ett; raden Insatser räknar varje insats en gång.',
      { color: grey }
    ),
    keptTogether([
      ...(chart
        ? [{ svg: chart, width: REPORT_CONTENT_WIDTH, margin: [0, 0, 0, 6] as [number, number, number, number] }]
        : []),
      reportTable(
        [
          { header: 'Delmål', width: '*' },
          ...actionStatuses.map((status) => figure(actionStatusLabels[status], 50)),
          figure('Totalt', 40)
        ],
        [
          ...s.actions.byGoal.map((g) => [g.label, ...statusCells(g.counts)]),
          ['Insatser (var och en en gång)', ...statusCells(s.actions.distinct)]
        ],
        { totalRows: 1 }
      )
    ])
  ]
}

const sexCells = (p: ParticipationSums) => [
  num(p.women, 0),
  num(p.men, 0),
  num(p.nonBinary, 0),
  num(p.unknown, 0),
  num(p.total, 0)
]

function participation(s: CountySummary): PdfContent[] {
  const p = s.participation
  return [
    paragraph(
      `${num(p.eventCount, 0)} aktiviteter i årshjulet ${s.year}; ${num(p.everyone.total, 0)} deltagare, varav ${num(p.bySex.total, 0)} från anslutna verksamheter och ${num(p.nonMembers.total, 0)} utanför anslutna verksamheter.`
    ),
    heading('Årets deltagande per typ av verksamhet och kön', 2),
    reportTable(
      [
        { header: 'Typ av verksamhet', width: '*' },
        figure('Kvinnor'),
        figure('Män'),
        figure('Ickebinär/annan', 58),
        figure('Uppgift saknas', 52),
        figure('Totalt')
      ],
      [
        ...p.byType.map((t) => [t.label, ...sexCells(t.sums)]),
        ['Anslutna verksamheter totalt', ...sexCells(p.bySex)],
        [nonMembersLabel, ...sexCells(p.nonMembers)],
        ['Alla deltagare', ...sexCells(p.everyone)]
      ],
      { totalRows: 3 }
    )
  ]
}

/** The lägesrapport as a pdfmake definition; `chart` is the actions chart as SVG (render-chart-svg.ts). */
export function countySummaryDocument(s: CountySummary, chart: string | null, archival = false): PdfDocumentDefinition {
  const [membersTitle, changesTitle, actionsTitle, participationTitle] = countySummarySections
  const content: PdfContent[] = [
    ...reportCover(s, {
      kind: 'LÄGESRAPPORT',
      name: String(s.year),
      subtitle: `Länets arbete med jämställdhet, ${s.countyName}`,
      facts: [
        ['Anslutna verksamheter', `${num(s.activeTotal, 0)} (${s.asOf})`],
        ['Nya under året', num(s.newMembers.length, 0)],
        ['Förnyade under året', num(s.renewals.length, 0)],
        ['Avslutade under året', num(s.endings.length, 0)],
        ['Rapporten upprättad', s.createdOn]
      ]
    }),
    heading(membersTitle, 1),
    ...members(s),
    heading(changesTitle, 1),
    ...changes(s),
    heading(actionsTitle, 1),
    ...actions(s, chart),
    heading(participationTitle, 1),
    ...participation(s)
  ]
  return reportDefinition(
    content,
    {
      title: s.title,
      countyName: s.countyName,
      subject: `Lägesrapport för ${s.countyName} ${s.year}`,
      keywords: 'lägesrapport, jämställdhet',
      logo: s.logo,
      symbol: s.symbol,
      caseNumber: s.handling.caseNumber
    },
    archival
  )
}
