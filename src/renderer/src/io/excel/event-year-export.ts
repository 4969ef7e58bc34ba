import {
  attendanceTotal,
  participantGroups,
  type Attendance,
  type NonMemberAttendance,
  type ParticipantCounts
} from '@/domain/calendar/attendance'
import { eventKindLabels, type CalendarEvent } from '@/domain/calendar/calendar-event'
import { invitedMemberIds } from '@/domain/calendar/invitations'
import { nonMembersLabel, participationByEvent } from '@/domain/calendar/participation'
import { eventsOfYear } from '@/domain/calendar/year-view'
import type { FocusArea } from '@/domain/county-profile'
import { focusAreaWords, type FocusAreaWords } from '@/domain/county-words'
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
  /** Participants from no member organisation; none when absent. */
  nonMemberAttendance?: readonly NonMemberAttendance[]
  members: readonly Pick<Member, 'id' | 'name' | 'type'>[]
  networks: readonly Pick<Network, 'id' | 'name' | 'memberIds'>[]
  focusAreas: readonly FocusArea[]
  /** What the county calls its focus areas (the column header); "Fokusområden" when absent. */
  focusWords?: FocusAreaWords
  /** The file's creation date. */
  today: string
}

interface Column {
  header: string
  key: string
  width: number
  date?: boolean
}

/** Kvinnor … Uppgift saknas and their sum, for members' and non-members' columns alike. */
const countColumns = (prefix = '', keyPrefix = ''): Column[] => [
  { header: `${prefix}Kvinnor`, key: `${keyPrefix}women`, width: 10 },
  { header: `${prefix}Män`, key: `${keyPrefix}men`, width: 10 },
  { header: `${prefix}Ickebinär/annan könsidentitet`, key: `${keyPrefix}nonBinary`, width: 14 },
  { header: `${prefix}Uppgift saknas`, key: `${keyPrefix}unknown`, width: 12 },
  { header: `${prefix}Totalt`, key: `${keyPrefix}total`, width: 10 }
]

/** Members' counts first (as before non-members were counted), then the non-members', then everyone. */
const eventColumns = (words: FocusAreaWords): Column[] => [
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
  { header: words.Many, key: 'focusAreas', width: 40 },
  { header: 'Inbjudna verksamheter', key: 'invited', width: 12 },
  { header: 'Deltagande verksamheter', key: 'attending', width: 12 },
  ...countColumns(),
  ...countColumns(`${nonMembersLabel}: `, 'guest-'),
  { header: 'Alla deltagare', key: 'everyone', width: 12 },
  // Last, so the columns before keep their letters in files people already use.
  { header: 'Sista dag (flera dagar)', key: 'endDate', width: 14, date: true }
]

const attendanceColumns: Column[] = [
  { header: 'Datum', key: 'date', width: 12, date: true },
  { header: 'Aktivitet', key: 'title', width: 40 },
  { header: 'Verksamhet', key: 'member', width: 36 },
  { header: 'Typ av verksamhet', key: 'memberType', width: 22 },
  ...countColumns()
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

/** A sum as a formula over the cells of `keys`, with its value cached, so an edited count updates it in Excel. */
function sumCell(sheet: Worksheet, columns: Column[], rowNumber: number, keys: readonly string[], total: number) {
  const letter = (key: string) => sheet.getColumn(columns.findIndex((c) => c.key === key) + 1).letter
  return { formula: keys.map((k) => `${letter(k)}${rowNumber}`).join('+'), result: total }
}

const groupKeys = (keyPrefix = '') => participantGroups.map((g) => `${keyPrefix}${g}`)
const countCells = (c: ParticipantCounts | undefined, keyPrefix = '') =>
  Object.fromEntries(participantGroups.map((g) => [`${keyPrefix}${g}`, c?.[g] ?? 0]))

function finish(sheet: Worksheet, columns: Column[]) {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: columns.length } }
}

/**
 * A year of the årshjul as .xlsx: sheet Aktiviteter (one row per event with
 * its members' participation by sex, the non-members' apart, and everyone)
 * and sheet Deltagande (one row per member and event, then the event's rows of
 * participants from no member organisation, typed "Utanför anslutna
 * verksamheter"). Dates are real dates; every Totalt is a formula.
 */
export async function exportEventYear(input: EventYearExport): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kugghjul'
  workbook.created = excelDate(input.today) ?? new Date()
  const events = eventsOfYear(input.events, input.year)
  const eventIds = new Set(events.map((e) => e.id))
  const attendance = input.attendance.filter((a) => eventIds.has(a.eventId))
  const guests = (input.nonMemberAttendance ?? []).filter((a) => eventIds.has(a.eventId))
  const sums = participationByEvent(attendance)
  const guestSums = participationByEvent(guests)
  const networkMembers = new Map(input.networks.map((n) => [n.id, n.memberIds]))
  const columns = eventColumns(input.focusWords ?? focusAreaWords())
  const networkName = new Map(input.networks.map((n) => [n.id, n.name]))
  const focusName = new Map(input.focusAreas.map((f) => [f.id, f.name]))
  const member = new Map(input.members.map((m) => [m.id, m]))

  const eventSheet = addSheet(workbook, 'Aktiviteter', columns)
  for (const e of events) {
    const s = sums.get(e.id)
    const g = guestSums.get(e.id)
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
      invited: invitedMemberIds(e, (id) => networkMembers.get(id) ?? []).size,
      attending: s?.attendances ?? 0,
      ...countCells(s),
      ...countCells(g, 'guest-'),
      endDate: e.endDate ? excelDate(e.endDate) : null
    })
    const cell = (key: string, keys: readonly string[], total: number) =>
      (row.getCell(key).value = sumCell(eventSheet, columns, row.number, keys, total))
    cell('total', groupKeys(), s?.total ?? 0)
    cell('guest-total', groupKeys('guest-'), g?.total ?? 0)
    cell('everyone', ['total', 'guest-total'], (s?.total ?? 0) + (g?.total ?? 0))
  }
  finish(eventSheet, columns)

  const attendanceSheet = addSheet(workbook, 'Deltagande', attendanceColumns)
  const byEvent = groupBy(attendance, (a) => a.eventId)
  const guestsByEvent = groupBy(guests, (g) => g.eventId)
  for (const e of events) {
    for (const a of byEvent.get(e.id) ?? []) {
      const m = member.get(a.memberId)
      const row = attendanceSheet.addRow({
        date: excelDate(e.date),
        title: e.title,
        member: m?.name ?? 'Okänd verksamhet',
        memberType: m ? memberTypeLabels[m.type] : null,
        ...countCells(a)
      })
      row.getCell('total').value = sumCell(
        attendanceSheet,
        attendanceColumns,
        row.number,
        groupKeys(),
        attendanceTotal(a)
      )
    }
    // Participants from no member organisation: rows of their own after the event's members.
    for (const g of guestsByEvent.get(e.id) ?? []) {
      const row = attendanceSheet.addRow({
        date: excelDate(e.date),
        title: e.title,
        member: g.organisation || null,
        memberType: nonMembersLabel,
        ...countCells(g)
      })
      row.getCell('total').value = sumCell(
        attendanceSheet,
        attendanceColumns,
        row.number,
        groupKeys(),
        attendanceTotal(g)
      )
    }
  }
  finish(attendanceSheet, attendanceColumns)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** "arshjul-2026.xlsx". */
export function eventYearFileName(year: number): string {
  return `arshjul-${year}.xlsx`
}
