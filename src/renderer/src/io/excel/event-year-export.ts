import { attendanceTotal, participantGroups, type Attendance } from '@/domain/calendar/attendance'
import { eventKindLabels, type CalendarEvent } from '@/domain/calendar/calendar-event'
import { participationByEvent } from '@/domain/calendar/participation'
import { eventsOfYear } from '@/domain/calendar/year-view'
import type { FocusArea } from '@/domain/county-profile'
import { groupBy } from '@/domain/group-by'
import type { Member } from '@/domain/members/member'
import { memberTypeLabels } from '@/domain/members/member-type'
import type { Network } from '@/domain/networks/network'
import type { Worksheet } from 'exceljs'
import { excelDate, loadExcelJs, SWEDISH_DATE_FORMAT } from './excel-cells'

export interface EventYearExport {
  year: number
  events: readonly CalendarEvent[]
  attendance: readonly Attendance[]
  members: readonly Pick<Member, 'id' | 'name' | 'type'>[]
  networks: readonly Pick<Network, 'id' | 'name'>[]
  focusAreas: readonly FocusArea[]
  /** The file's creation date. */
  today: string
}

interface Column {
  header: string
  key: string
  width: number
  date?: boolean
}

const eventColumns: Column[] = [
  { header: 'Datum', key: 'date', width: 12, date: true },
  { header: 'Start', key: 'start', width: 8 },
  { header: 'Slut', key: 'end', width: 8 },
  { header: 'Aktivitet', key: 'title', width: 40 },
  { header: 'Typ', key: 'kind', width: 18 },
  { header: 'Plats', key: 'location', width: 28 },
  { header: 'Länk', key: 'link', width: 30 },
  { header: 'Nätverk', key: 'network', width: 26 },
  { header: 'Arrangör', key: 'organiser', width: 24 },
  { header: 'Delmål', key: 'goals', width: 10 },
  { header: 'Fokusområden', key: 'focusAreas', width: 40 },
  { header: 'Inbjudna verksamheter', key: 'invited', width: 12 },
  { header: 'Deltagande verksamheter', key: 'attending', width: 12 },
  { header: 'Kvinnor', key: 'women', width: 10 },
  { header: 'Män', key: 'men', width: 10 },
  { header: 'Ickebinär/annan könsidentitet', key: 'nonBinary', width: 14 },
  { header: 'Uppgift saknas', key: 'unknown', width: 12 },
  { header: 'Totalt', key: 'total', width: 10 }
]

const attendanceColumns: Column[] = [
  { header: 'Datum', key: 'date', width: 12, date: true },
  { header: 'Aktivitet', key: 'title', width: 40 },
  { header: 'Verksamhet', key: 'member', width: 36 },
  { header: 'Typ av verksamhet', key: 'memberType', width: 22 },
  { header: 'Kvinnor', key: 'women', width: 10 },
  { header: 'Män', key: 'men', width: 10 },
  { header: 'Ickebinär/annan könsidentitet', key: 'nonBinary', width: 14 },
  { header: 'Uppgift saknas', key: 'unknown', width: 12 },
  { header: 'Totalt', key: 'total', width: 10 }
]

function addSheet(workbook: import('exceljs').Workbook, name: string, columns: Column[]): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.date ? { numFmt: SWEDISH_DATE_FORMAT } : {}
  }))
  sheet.getRow(1).font = { bold: true }
  return sheet
}

/** The total as a formula over the three counts, with its value cached, so an edited count updates it in Excel. */
function totalCell(sheet: Worksheet, columns: Column[], rowNumber: number, total: number) {
  const letter = (key: string) => sheet.getColumn(columns.findIndex((c) => c.key === key) + 1).letter
  return { formula: participantGroups.map((g) => `${letter(g)}${rowNumber}`).join('+'), result: total }
}

function finish(sheet: Worksheet, columns: Column[]) {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: columns.length } }
}

/**
 * A year of the årshjul as .xlsx: sheet Aktiviteter (one row per event with
 * its participation by sex) and sheet Deltagande (one row per member and
 * event). Dates are real dates; Totalt is the four groups' sum as a formula.
 */
export async function exportEventYear(input: EventYearExport): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kugghjul'
  workbook.created = excelDate(input.today) ?? new Date()
  const events = eventsOfYear(input.events, input.year)
  const eventIds = new Set(events.map((e) => e.id))
  const attendance = input.attendance.filter((a) => eventIds.has(a.eventId))
  const sums = participationByEvent(attendance)
  const networkName = new Map(input.networks.map((n) => [n.id, n.name]))
  const focusName = new Map(input.focusAreas.map((f) => [f.id, f.name]))
  const member = new Map(input.members.map((m) => [m.id, m]))

  const eventSheet = addSheet(workbook, 'Aktiviteter', eventColumns)
  for (const e of events) {
    const s = sums.get(e.id)
    const row = eventSheet.addRow({
      date: excelDate(e.date),
      start: e.startTime,
      end: e.endTime,
      title: e.title,
      kind: eventKindLabels[e.kind],
      location: e.location || null,
      link: e.link || null,
      network: e.networkId ? (networkName.get(e.networkId) ?? null) : null,
      organiser: e.organiser || null,
      goals: e.goals.join(', ') || null,
      focusAreas:
        e.focusAreaIds
          .map((id) => focusName.get(id))
          .filter(Boolean)
          .join('; ') || null,
      invited: e.invitedMemberIds.length,
      attending: s?.attendances ?? 0,
      women: s?.women ?? 0,
      men: s?.men ?? 0,
      nonBinary: s?.nonBinary ?? 0,
      unknown: s?.unknown ?? 0
    })
    row.getCell('total').value = totalCell(eventSheet, eventColumns, row.number, s?.total ?? 0)
  }
  finish(eventSheet, eventColumns)

  const attendanceSheet = addSheet(workbook, 'Deltagande', attendanceColumns)
  const byEvent = groupBy(attendance, (a) => a.eventId)
  for (const e of events) {
    for (const a of byEvent.get(e.id) ?? []) {
      const m = member.get(a.memberId)
      const row = attendanceSheet.addRow({
        date: excelDate(e.date),
        title: e.title,
        member: m?.name ?? 'Okänd verksamhet',
        memberType: m ? memberTypeLabels[m.type] : null,
        women: a.women,
        men: a.men,
        nonBinary: a.nonBinary,
        unknown: a.unknown
      })
      row.getCell('total').value = totalCell(attendanceSheet, attendanceColumns, row.number, attendanceTotal(a))
    }
  }
  finish(attendanceSheet, attendanceColumns)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** "arshjul-2026.xlsx". */
export function eventYearFileName(year: number): string {
  return `arshjul-${year}.xlsx`
}
