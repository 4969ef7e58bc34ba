import { describe, expect, it } from 'vitest'
import { attendanceTotal, validateAttendanceDraft } from '@/domain/calendar/attendance'
import { participationByEvent, participationReport, sumParticipation } from '@/domain/calendar/participation'
import { seededRandom } from '@/domain/test-data/seeded-random'
import type { MemberType } from '@/domain/members/member-type'
import { attendance, calendarEvent, today } from './calendar-fixtures'

describe('attendance counts', () => {
  const past = calendarEvent('e1', '2026-10-01')

  it('reads whole numbers, empty as 0, and derives the total', () => {
    const result = validateAttendanceDraft({ women: '12', men: '', nonBinary: '2', unknown: 1 }, past, today)
    expect(result).toEqual({ ok: true, counts: { women: 12, men: 0, nonBinary: 2, unknown: 1 } })
    expect(result.ok && attendanceTotal(result.counts)).toBe(15)
  })

  it('refuses negative, decimal and empty-handed counts with a message per field', () => {
    const bad = validateAttendanceDraft({ women: '-1', men: '2,5', nonBinary: 'x', unknown: '' }, past, today)
    expect(!bad.ok && bad.errors).toEqual({
      women: 'Ange antalet kvinnor som ett heltal, 0 eller mer.',
      men: 'Ange antalet män som ett heltal, 0 eller mer.',
      nonBinary: 'Ange antalet ickebinära eller med annan könsidentitet som ett heltal, 0 eller mer.'
    })
    const none = validateAttendanceDraft({ women: 0, men: '0', nonBinary: '', unknown: '' }, past, today)
    expect(!none.ok && none.errors.women).toMatch(/minst en person/)
  })

  it('waits until the event has taken place', () => {
    const future = validateAttendanceDraft(
      { women: 3, men: 2, nonBinary: 0, unknown: 0 },
      calendarEvent('e2', '2026-12-01'),
      today
    )
    expect(!future.ok && future.errors.event).toBe(
      'Aktiviteten äger rum 2026-12-01. Registrera deltagandet när den har ägt rum.'
    )
  })
})

describe('participation sums by sex', () => {
  it('always has total = the sum of the four groups, for any rows', () => {
    const rng = seededRandom(42)
    for (let round = 0; round < 50; round++) {
      const rows = Array.from({ length: rng.int(0, 30) }, (_, i) =>
        attendance(`e${rng.int(1, 5)}`, `m${i}`, rng.int(0, 40), rng.int(0, 40), rng.int(0, 5), rng.int(0, 3))
      )
      const sums = sumParticipation(rows)
      expect(sums.total).toBe(sums.women + sums.men + sums.nonBinary + sums.unknown)
      expect(sums.total).toBe(rows.reduce((n, a) => n + attendanceTotal(a), 0))
      for (const perEvent of participationByEvent(rows).values())
        expect(perEvent.total).toBe(perEvent.women + perEvent.men + perEvent.nonBinary + perEvent.unknown)
    }
  })

  it('reports a date range by sex and by member type, both ends included', () => {
    const events = [
      calendarEvent('jan', '2026-01-15'),
      calendarEvent('mar', '2026-03-31'),
      calendarEvent('apr', '2026-04-01'),
      calendarEvent('empty', '2026-02-01')
    ]
    const rows = [
      attendance('jan', 'kommun', 10, 4, 1),
      attendance('mar', 'kommun', 3, 3, 0),
      attendance('mar', 'forening', 5, 0, 2, 1),
      attendance('apr', 'kommun', 100, 100, 100), // outside
      attendance('jan', 'gone', 1, 0, 0) // member no longer in the data
    ]
    const members: { id: string; type: MemberType }[] = [
      { id: 'kommun', type: 'municipality' },
      { id: 'forening', type: 'nonProfit' }
    ]
    const guests = [
      { id: 'g1', eventId: 'mar', organisation: 'Kvinnojouren', women: 6, men: 0, nonBinary: 1, unknown: 0 },
      { id: 'g2', eventId: 'apr', organisation: '', women: 50, men: 50, nonBinary: 0, unknown: 0 } // outside
    ]
    const report = participationReport({
      events,
      attendance: rows,
      nonMemberAttendance: guests,
      members,
      from: '2026-01-15',
      to: '2026-03-31'
    })
    expect(report.eventCount).toBe(3)
    expect(report.bySex).toEqual({ women: 19, men: 7, nonBinary: 1, unknown: 3, total: 30, events: 2, attendances: 4 })
    expect(report.nonMembers).toEqual({
      women: 6,
      men: 0,
      nonBinary: 1,
      unknown: 0,
      total: 7,
      events: 1,
      attendances: 1
    })
    expect(report.everyone.total).toBe(37)
    const byType = Object.fromEntries(report.byMemberType.map((r) => [r.type, r.sums.total]))
    expect(byType).toEqual({
      municipality: 21,
      region: 0,
      governmentAgency: 0,
      municipalAssociation: 0,
      nonProfit: 8,
      company: 0,
      other: 1
    })
    expect(report.byMemberType.reduce((n, r) => n + r.sums.total, 0)).toBe(report.bySex.total)
  })
})
