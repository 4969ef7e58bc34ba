import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { focusAreaWords } from '@/domain/county-words'
import { exportEventYear, eventYearFileName } from '@/io/excel/event-year-export'
import { attendance, calendarEvent } from '../domain/calendar/calendar-fixtures'

const today = '2026-11-23'

async function read(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer)
  return workbook
}

describe('årshjul export to .xlsx', () => {
  const events = [
    calendarEvent('oct', '2026-10-15', {
      title: 'Nätverksträff hälsa',
      networkId: 'n1',
      goals: [5],
      focusAreaIds: ['fa-health'],
      invitedMemberIds: ['m1', 'm2']
    }),
    calendarEvent('mar', '2026-03-05', {
      title: 'Informationspass',
      kind: 'briefing',
      startTime: null,
      endTime: null,
      endDate: '2026-03-06'
    }),
    calendarEvent('next', '2027-01-20', { title: 'Nästa år' })
  ]
  const rows = [
    attendance('oct', 'm1', 8, 3, 1),
    attendance('oct', 'm2', 2, 2, 0),
    attendance('next', 'm1', 50, 50, 50)
  ]
  const input = {
    year: 2026,
    events,
    attendance: rows,
    members: [
      { id: 'm1', name: 'Kalmar kommun', type: 'municipality' as const },
      { id: 'm2', name: 'Kvinnojouren Växjö', type: 'nonProfit' as const }
    ],
    networks: [{ id: 'n1', name: 'Hälsonätverket', memberIds: ['m1', 'm3'] }],
    focusAreas: [{ id: 'fa-health', name: 'Jämställd hälsa' }],
    today
  }

  it('writes the year’s events in date order with real dates and participation by sex', async () => {
    const sheet = (await read(await exportEventYear(input))).getWorksheet('Aktiviteter')!
    expect(sheet.rowCount).toBe(3)
    expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['Datum', 'Start', 'Slut', 'Aktivitet'])
    const [march, october] = [sheet.getRow(2), sheet.getRow(3)]
    expect(march.getCell(1).value).toBeInstanceOf(Date)
    expect((march.getCell(1).value as Date).toISOString().slice(0, 10)).toBe('2026-03-05')
    expect(march.getCell(1).numFmt).toBe('yyyy-mm-dd')
    expect([march.getCell(4).value, march.getCell(5).value, march.getCell(2).value]).toEqual([
      'Informationspass',
      'Informationspass',
      null
    ])
    const values = (october.values as unknown[]).slice(1)
    expect(values.slice(3, 5)).toEqual(['Nätverksträff hälsa', 'Nätverksträff'])
    expect(values.slice(7)).toEqual([
      'Hälsonätverket',
      undefined,
      '5',
      'Jämställd hälsa',
      // Invited: m1 and m2 directly, m3 through the event's own network.
      3,
      2,
      10,
      5,
      0,
      1,
      { formula: 'N3+O3+P3+Q3', result: 16 },
      0,
      0,
      0,
      0,
      // ExcelJS leaves out a cached result of 0; Excel computes it when the file opens.
      expect.objectContaining({ formula: 'S3+T3+U3+V3' }),
      { formula: 'R3+W3', result: 16 }
    ])
    // An event over several days has its last day as a real date; a one-day event leaves it empty.
    const lastDay = march.getCell(sheet.columnCount).value as Date
    expect(sheet.getRow(1).getCell(sheet.columnCount).value).toBe('Sista dag (flera dagar)')
    expect(lastDay.toISOString().slice(0, 10)).toBe('2026-03-06')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  })

  it('lists attendance per member with the total as the sum of the four groups', async () => {
    const sheet = (await read(await exportEventYear(input))).getWorksheet('Deltagande')!
    expect(sheet.rowCount).toBe(3)
    const body = sheet.getRows(2, 2)!.map((r) => (r.values as unknown[]).slice(2))
    expect(body).toEqual([
      ['Nätverksträff hälsa', 'Kalmar kommun', 'Kommun', 8, 3, 0, 1, { formula: 'E2+F2+G2+H2', result: 12 }],
      [
        'Nätverksträff hälsa',
        'Kvinnojouren Växjö',
        'Idéburen organisation',
        2,
        2,
        0,
        0,
        { formula: 'E3+F3+G3+H3', result: 4 }
      ]
    ])
    expect(eventYearFileName(2026)).toBe('arshjul-2026.xlsx')
  })

  it('shows participants from no member organisation apart: their own columns per event and their own rows', async () => {
    const guests = [
      { id: 'g1', eventId: 'oct', organisation: 'Kvinnojouren Kalmar', women: 5, men: 0, nonBinary: 1, unknown: 0 },
      { id: 'g2', eventId: 'oct', organisation: '', women: 1, men: 2, nonBinary: 0, unknown: 3 },
      { id: 'g3', eventId: 'next', organisation: '', women: 9, men: 9, nonBinary: 9, unknown: 9 }
    ]
    const workbook = await read(await exportEventYear({ ...input, nonMemberAttendance: guests }))
    const events = workbook.getWorksheet('Aktiviteter')!
    const header = (events.getRow(1).values as unknown[]).slice(1).map(String)
    expect(header.slice(18)).toEqual([
      'Utanför anslutna verksamheter: Kvinnor',
      'Utanför anslutna verksamheter: Män',
      'Utanför anslutna verksamheter: Ickebinär/annan könsidentitet',
      'Utanför anslutna verksamheter: Uppgift saknas',
      'Utanför anslutna verksamheter: Totalt',
      'Alla deltagare',
      'Sista dag (flera dagar)'
    ])
    expect((events.getRow(3).values as unknown[]).slice(19)).toEqual([
      6,
      2,
      1,
      3,
      { formula: 'S3+T3+U3+V3', result: 12 },
      { formula: 'R3+W3', result: 28 }
    ])
    const attendance = workbook.getWorksheet('Deltagande')!
    expect(attendance.rowCount).toBe(5)
    expect(attendance.getRows(4, 2)!.map((r) => (r.values as unknown[]).slice(3))).toEqual([
      ['Kvinnojouren Kalmar', 'Utanför anslutna verksamheter', 5, 0, 1, 0, { formula: 'E4+F4+G4+H4', result: 6 }],
      [undefined, 'Utanför anslutna verksamheter', 1, 2, 0, 3, { formula: 'E5+F5+G5+H5', result: 6 }]
    ])
  })

  it('names the focus-area column with the county’s own word', async () => {
    const focusWords = focusAreaWords({ singular: 'strategiskt insatsområde', plural: 'strategiska insatsområden' })
    const events = (await read(await exportEventYear({ ...input, focusWords }))).getWorksheet('Aktiviteter')!
    const header = (events.getRow(1).values as unknown[]).map(String)
    expect(header).toContain('Strategiska insatsområden')
    expect(header).not.toContain('Fokusområden')
  })
})
