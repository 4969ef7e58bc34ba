import { actionStatuses, actionStatusLabels } from '@/domain/action-plans/action'
import type { ActionStatusCounts } from '@/domain/action-plans/action-summary'
import { nonMembersLabel, type ParticipationSums } from '@/domain/calendar/participation'
import type { CountySummary } from '@/domain/county-summary/county-summary'
import type { Workbook } from 'exceljs'
import { excelDate, loadExcelJs, SWEDISH_DATE_FORMAT } from './excel-cells'

type Cell = string | number | Date | null

interface SheetColumn {
  header: string
  width: number
  date?: boolean
}

/**
 * One sheet: bold frozen header, typed cells (numbers as numbers, dates as dates), an autofilter; the last
 * `totalRows` rows (sums) in bold and outside the autofilter, so sorting never mixes them with the rows they sum.
 */
function addSheet(
  workbook: Workbook,
  name: string,
  columns: readonly SheetColumn[],
  rows: readonly Cell[][],
  totalRows = 0
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.date ? { numFmt: SWEDISH_DATE_FORMAT } : {}
  }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(row)
  for (let i = 0; i < Math.min(totalRows, rows.length); i++) sheet.getRow(sheet.rowCount - i).font = { bold: true }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, sheet.rowCount - totalRows), column: columns.length }
  }
}

const statusColumns: SheetColumn[] = [
  ...actionStatuses.map((s) => ({ header: actionStatusLabels[s], width: 12 })),
  { header: 'Totalt', width: 10 }
]
const statusCells = (c: ActionStatusCounts): number[] => [...actionStatuses.map((s) => c[s]), c.total]
const sexColumns: SheetColumn[] = [
  { header: 'Kvinnor', width: 10 },
  { header: 'Män', width: 10 },
  { header: 'Ickebinär/annan könsidentitet', width: 14 },
  { header: 'Uppgift saknas', width: 12 },
  { header: 'Totalt', width: 10 }
]
const sexCells = (p: ParticipationSums): number[] => [p.women, p.men, p.nonBinary, p.unknown, p.total]

/**
 * The lägesrapport as .xlsx, the same figures as the PDF, one sheet per
 * table: Per typ, Per kommun, Nya, Förnyade, Avslutade, Insatser, Deltagande.
 */
export async function exportCountySummary(s: CountySummary): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kugghjul'
  workbook.title = s.title
  workbook.created = excelDate(s.createdOn) ?? new Date(0)
  addSheet(
    workbook,
    'Per typ',
    [
      { header: `Typ av verksamhet (anslutna ${s.asOf})`, width: 36 },
      { header: 'Anslutna', width: 12 }
    ],
    [...s.byType.map((t) => [t.label, t.count]), ['Totalt', s.activeTotal]],
    1
  )
  addSheet(
    workbook,
    'Per kommun',
    [
      { header: 'Kommun', width: 28 },
      { header: 'Anslutna verksamheter', width: 20 },
      { header: 'Kommunen ansluten', width: 18 }
    ],
    s.byMunicipality.map((m) => [m.name, m.members, m.joined ? 'Ja' : 'Nej'])
  )
  addSheet(
    workbook,
    'Nya',
    [
      { header: 'Verksamhet', width: 44 },
      { header: 'Typ', width: 22 },
      { header: 'Beslut', width: 12, date: true }
    ],
    s.newMembers.map((m) => [m.name, m.type, excelDate(m.decisionDate)])
  )
  addSheet(
    workbook,
    'Förnyade',
    [
      { header: 'Verksamhet', width: 44 },
      { header: 'Period', width: 8 },
      { header: 'Beslut', width: 12, date: true },
      { header: 'Ny period från', width: 14, date: true }
    ],
    s.renewals.map((r) => [r.name, r.period, excelDate(r.decisionDate), excelDate(r.startDate)])
  )
  addSheet(
    workbook,
    'Avslutade',
    [
      { header: 'Verksamhet', width: 44 },
      { header: 'Sista dag', width: 12, date: true },
      { header: 'Skäl', width: 60 }
    ],
    s.endings.map((e) => [e.name, excelDate(e.endedOn), e.reason])
  )
  addSheet(
    workbook,
    'Insatser',
    [{ header: 'Delmål', width: 60 }, ...statusColumns],
    [
      ...s.actions.byGoal.map((g) => [g.label, ...statusCells(g.counts)]),
      ['Insatser (var och en en gång)', ...statusCells(s.actions.distinct)]
    ],
    1
  )
  addSheet(
    workbook,
    'Deltagande',
    [{ header: `Typ av verksamhet (${s.participation.eventCount} aktiviteter)`, width: 36 }, ...sexColumns],
    [
      ...s.participation.byType.map((t) => [t.label, ...sexCells(t.sums)]),
      ['Anslutna verksamheter totalt', ...sexCells(s.participation.bySex)],
      [nonMembersLabel, ...sexCells(s.participation.nonMembers)],
      ['Alla deltagare', ...sexCells(s.participation.everyone)]
    ],
    3
  )
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** "Lagesrapport-2026.xlsx"-style names, ASCII-safe for every file system: "lagesrapport-2026.xlsx". */
export function countySummaryFileName(year: number, extension: 'pdf' | 'xlsx'): string {
  return `lagesrapport-${year}.${extension}`
}
