import { formatProseDate } from '@/domain/swedish-format'
import type { ParticipantCounts } from '@/domain/calendar/attendance'
import type { EvaluationReport } from '@/domain/evaluation/evaluation-report'
import type { ReportMeasure } from '@/domain/evaluation/report-measures'
import { differenceHeader } from '@/domain/statistics/measure-kind'
import { documentColors } from './document-colors'
import type { PdfContent } from './pdf-document'
import {
  heading,
  keptTogether,
  nothingNote,
  num,
  paragraph,
  REPORT_CONTENT_WIDTH,
  reportCover,
  reportDefinition,
  reportTable
} from './report-layout'
import type { PdfDocumentDefinition } from './pdf-document'

const { grey } = documentColors

/** The section headings, numbered, in the order the report prints them. */
export const evaluationReportSections = [
  '1 Sammanfattning',
  '2 Dialoger',
  '3 Insatsplan per delmål',
  '4 Deltagande i nätverk och aktiviteter',
  '5 Jämställdhetsstatistik',
  '6 Bedömning och beslut'
] as const

const none = nothingNote

function cover(report: EvaluationReport): PdfContent[] {
  const p = report.period
  const decision = [p.decisionDate, p.decisionReference, p.decidedBy].filter((t) => t !== '').join(', ')
  return reportCover(report, {
    kind: 'UTVÄRDERINGSRAPPORT',
    name: report.member.name,
    subtitle: `Anslutningsperiod ${p.number}: ${p.startDate} – ${p.endDate}`,
    facts: [
      ['Organisationsnummer', report.member.orgNumber],
      ['Typ av verksamhet', report.member.type],
      ...(report.member.municipality ? [['Kommun', report.member.municipality] as [string, string]] : []),
      ['Ledningsbeslut', decision],
      ...(p.countyCaseNumber ? [['Länsstyrelsens diarienummer', p.countyCaseNumber] as [string, string]] : []),
      ['Utvärdering', report.assessment ? report.assessment.status : 'Inte påbörjad'],
      ['Rapporten upprättad', report.createdOn]
    ]
  })
}

function dialogues(report: EvaluationReport): PdfContent[] {
  if (report.dialogues.length === 0) return [none('Inga dialoger registrerades under perioden.')]
  return [
    reportTable(
      [
        { header: 'Datum', width: 58 },
        { header: 'Typ av dialog', width: 82 },
        { header: 'Deltagare', width: 130 },
        { header: 'Överenskommelser', width: '*' }
      ],
      report.dialogues.map((d) => [d.date, d.kind, d.participants, d.agreements])
    )
  ]
}

function actionPlan(report: EvaluationReport): PdfContent[] {
  return report.goals.flatMap((goal) => [
    { ...heading(goal.label, 2) },
    goal.actions.length === 0
      ? none('Inga insatser inom delmålet under perioden.')
      : reportTable(
          [
            { header: 'Insats', width: '*' },
            { header: 'Status', width: 70 },
            { header: 'Startdatum', width: 58 },
            { header: 'Slutdatum', width: 58 }
          ],
          goal.actions.map((a) => [
            a.title,
            a.late ? `${a.status} (försenad)` : a.status,
            a.startDate,
            a.dueDate ?? '–'
          ])
        )
  ])
}

function participation(report: EvaluationReport): PdfContent[] {
  const { events, total, networks } = report.participation
  const sums = (s: ParticipantCounts & { total: number }) => [
    num(s.women, 0),
    num(s.men, 0),
    num(s.nonBinary, 0),
    num(s.unknown, 0),
    num(s.total, 0)
  ]
  return [
    heading('Nätverk', 2),
    networks.length === 0 ? none('Verksamheten är inte med i något nätverk.') : paragraph(networks.join(', ')),
    heading('Aktiviteter', 2),
    events.length === 0
      ? none('Verksamheten deltog inte i några registrerade aktiviteter under perioden.')
      : reportTable(
          [
            { header: 'Datum', width: 58 },
            { header: 'Aktivitet', width: '*' },
            { header: 'Typ', width: 84 },
            { header: 'Kvinnor', width: 42, figure: true },
            { header: 'Män', width: 36, figure: true },
            { header: 'Ickebinär/annan', width: 50, figure: true },
            { header: 'Uppgift saknas', width: 44, figure: true },
            { header: 'Totalt', width: 36, figure: true }
          ],
          [
            ...events.map((e) => [e.date, e.title, e.kind, ...sums(e.sums)]),
            ['', `Summa, ${num(total.events, 0)} aktiviteter`, '', ...sums(total)]
          ],
          { totalRows: 1 }
        )
  ]
}

/** The measure's table: women, men and the gap when it is split by sex, the total alone when it is not. */
function measureTable(m: ReportMeasure): PdfContent {
  if (!m.sexSplit)
    return reportTable(
      [
        { header: 'Region', width: '*' },
        { header: 'Totalt', width: 90, figure: true }
      ],
      m.rows.map((r) => [r.region, num(r.total)])
    )
  return reportTable(
    [
      { header: 'Region', width: '*' },
      { header: 'Kvinnor', width: 70, figure: true },
      { header: 'Män', width: 70, figure: true },
      { header: differenceHeader(m.measure, 'k − m'), width: 80, figure: true },
      ...(m.showsShare ? [{ header: 'Kvinnors andel (%)', width: 80, figure: true }] : [])
    ],
    m.rows.map((r) => [
      r.region,
      num(r.women),
      num(r.men),
      num(r.difference),
      ...(m.showsShare ? [num(r.womenShare)] : [])
    ])
  )
}

/** One measure: heading, chart and table kept on one page; `lead` (the section's heading) goes with the first. */
function measure(m: ReportMeasure, chart: string | null, lead: PdfContent[]): PdfContent[] {
  const title = heading(m.year ? `${m.measure}, ${m.year}` : m.measure, 2)
  if (!m.year)
    return [
      keptTogether([
        ...lead,
        title,
        none(`Kommunen har inga värden ${m.sexSplit ? 'för kvinnor och män ' : ''}i de inlästa uppgifterna.`)
      ])
    ]
  const notSplit = m.sexSplit
    ? []
    : [paragraph('Tabellen är inte uppdelad på kön. Totalen visas.', { color: grey, fontSize: 9 })]
  const missing = m.missing.length > 0 ? [none(`Uppgifter saknas för ${m.missing.join(', ')}.`)] : []
  const drawn = chart
    ? [{ svg: chart, width: REPORT_CONTENT_WIDTH, margin: [0, 0, 0, 4] as [number, number, number, number] }]
    : []
  return [keptTogether([...lead, title, ...notSplit, ...drawn, measureTable(m)]), ...missing]
}

function assessment(report: EvaluationReport): PdfContent[] {
  const a = report.assessment
  if (!a) return [none('Utvärderingen är inte gjord ännu.')]
  return [
    ...(a.completed ? [] : [paragraph('Utvärderingen är ett utkast och kan ändras.', { italics: true, color: grey })]),
    heading(`Bedömning per delmål och ${report.focusWords.one}`, 2),
    paragraph('Skala: 1 påbörjat, 2 etablerat, 3 integrerat i ordinarie verksamhet.', { color: grey, fontSize: 9 }),
    reportTable(
      [
        { header: `Delmål eller ${report.focusWords.one}`, width: 150 },
        { header: 'Insatser', width: 40, figure: true },
        { header: 'Bedömning', width: 90 },
        { header: 'Kommentar', width: '*' }
      ],
      a.rows.map((r) => [r.label, num(r.actions, 0), r.levelLabel, r.comment])
    ),
    heading('Samlade slutsatser', 2),
    a.conclusions ? paragraph(a.conclusions) : none('Inga slutsatser skrivna ännu.'),
    heading('Beslut', 2),
    ...(a.decision.length > 0
      ? a.decision.map((line) => paragraph(line, { bold: line === a.decision[0] }))
      : [none('Inget beslut valt ännu.')]),
    ...(a.decidedAt
      ? [paragraph(`Utvärderingen avslutades den ${formatProseDate(a.decidedAt.slice(0, 10))}.`, { color: grey })]
      : [])
  ]
}

/**
 * The utvärderingsrapport as a pdfmake definition. `charts` holds one SVG
 * per measure (null where there is no chart), drawn by render-chart-svg.ts.
 */
export function evaluationReportDocument(
  report: EvaluationReport,
  charts: readonly (string | null)[],
  archival = false
): PdfDocumentDefinition {
  const [summary, dialogueTitle, planTitle, participationTitle, statisticsTitle, assessmentTitle] =
    evaluationReportSections
  const statisticsLead = [
    heading(statisticsTitle, 1),
    paragraph(
      `Kommunen jämförd med ${report.countyName} och riket, kvinnor och män (totalen där statistiken inte är uppdelad på kön), senaste år med uppgifter för kommunen.`,
      { color: grey }
    )
  ]
  const statistics =
    report.measures.length === 0
      ? [
          ...statisticsLead,
          none(
            'Inga nyckeltal är valda. Välj jämställdhetsstatistik under Statistik för att jämföra kommunen med länet och riket.'
          )
        ]
      : report.measures.flatMap((m, i) => measure(m, charts[i] ?? null, i === 0 ? statisticsLead : []))
  const content: PdfContent[] = [
    ...cover(report),
    heading(summary, 1),
    ...report.summary.map((line) => paragraph(line)),
    heading(dialogueTitle, 1),
    ...dialogues(report),
    heading(planTitle, 1),
    ...actionPlan(report),
    heading(participationTitle, 1),
    ...participation(report),
    ...statistics,
    heading(assessmentTitle, 1),
    ...assessment(report)
  ]
  return reportDefinition(
    content,
    {
      title: report.title,
      countyName: report.countyName,
      subject: `Utvärdering av anslutningen till ${report.strategyTitle}`,
      keywords: 'utvärdering, jämställdhet',
      logo: report.logo,
      symbol: report.symbol,
      caseNumber: report.handling.caseNumber
    },
    archival
  )
}
