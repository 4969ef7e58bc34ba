import { describe, expect, it } from 'vitest'
import { filterEvents, sortEventRows, type EventRow } from '@/domain/calendar/event-list'
import { participationByMemberTypeChart } from '@/domain/calendar/participation-chart'
import { describeChart } from '@/domain/charts/chart-spec'
import { participationReport } from '@/domain/calendar/participation'
import { attendance, calendarEvent } from './calendar-fixtures'

const training = calendarEvent('t', '2026-05-04', {
  kind: 'training',
  title: 'Öppen utbildning',
  focusAreaIds: ['fa1']
})
const meeting = calendarEvent('m', '2026-02-10', { kind: 'networkMeeting', title: 'Nätverksträff', networkId: 'n1' })
const briefing = calendarEvent('b', '2026-09-01', {
  kind: 'briefing',
  title: 'Ledningens pass',
  invitedNetworkIds: ['n1']
})
const all = [training, meeting, briefing]
const none = { kind: '', networkId: '', focusAreaId: '' }

describe('filterEvents', () => {
  it('keeps everything without filters, and narrows by kind, focus area and network (own or invited)', () => {
    expect(filterEvents(all, none)).toHaveLength(3)
    expect(filterEvents(all, { ...none, kind: 'training' })).toEqual([training])
    expect(filterEvents(all, { ...none, focusAreaId: 'fa1' })).toEqual([training])
    expect(filterEvents(all, { ...none, networkId: 'n1' })).toEqual([meeting, briefing])
    expect(filterEvents(all, { ...none, networkId: 'n1', kind: 'briefing' })).toEqual([briefing])
  })

  it('narrows by the month the event starts in and by words in its title', () => {
    expect(filterEvents(all, { ...none, month: '02' })).toEqual([meeting])
    expect(filterEvents(all, { ...none, query: 'öppen UTBILDNING' })).toEqual([training])
    expect(filterEvents(all, { ...none, query: 'pass', month: '02' })).toEqual([])
  })
})

describe('sortEventRows', () => {
  const rows: EventRow[] = [
    { event: training, networkName: '', participants: null },
    { event: meeting, networkName: 'Ölandsnätverket', participants: 12 },
    { event: briefing, networkName: 'Arbetsmarknad', participants: 4 }
  ]
  it('sorts by date, by title in Swedish order (Ö last) and by participants with unregistered lowest', () => {
    expect(sortEventRows(rows, { key: 'date', direction: 'asc' }).map((r) => r.event.id)).toEqual(['m', 't', 'b'])
    expect(sortEventRows(rows, { key: 'title', direction: 'asc' }).map((r) => r.event.title)).toEqual([
      'Ledningens pass',
      'Nätverksträff',
      'Öppen utbildning'
    ])
    expect(sortEventRows(rows, { key: 'network', direction: 'desc' }).map((r) => r.event.id)).toEqual(['m', 'b', 't'])
    expect(sortEventRows(rows, { key: 'participants', direction: 'desc' }).map((r) => r.participants)).toEqual([
      12,
      4,
      null
    ])
  })
})

describe('participationByMemberTypeChart', () => {
  it('shows the four groups per member type that anyone came from, the same figures as the report', () => {
    const report = participationReport({
      events: [meeting],
      attendance: [attendance('m', 'k', 3, 2, 1), attendance('m', 'r', 4, 4, 0)],
      members: [
        { id: 'k', type: 'municipality' },
        { id: 'r', type: 'region' }
      ],
      from: '2026-01-01',
      to: '2026-12-31'
    })
    const chart = participationByMemberTypeChart(report)
    expect(chart.categories).toEqual(['Kommun', 'Region'])
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([
      ['Kvinnor', [3, 4]],
      ['Män', [2, 4]],
      ['Ickebinär/annan könsidentitet', [0, 0]],
      ['Uppgift saknas', [1, 0]]
    ])
  })

  it('shows the participants from no member organisation as their own group after the member types', () => {
    const report = participationReport({
      events: [meeting],
      attendance: [attendance('m', 'k', 3, 2, 1)],
      nonMemberAttendance: [
        { id: 'g1', eventId: 'm', organisation: 'Kvinnojouren', women: 5, men: 0, nonBinary: 1, unknown: 0 },
        { id: 'g2', eventId: 'm', organisation: '', women: 0, men: 2, nonBinary: 0, unknown: 0 }
      ],
      members: [{ id: 'k', type: 'municipality' }],
      from: '2026-01-01',
      to: '2026-12-31'
    })
    const chart = participationByMemberTypeChart(report)
    expect(chart.categories).toEqual(['Kommun', 'Utanför anslutna verksamheter'])
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([
      ['Kvinnor', [3, 5]],
      ['Män', [2, 2]],
      ['Ickebinär/annan könsidentitet', [0, 1]],
      ['Uppgift saknas', [1, 0]]
    ])
    expect(describeChart(chart)).toContain(
      'Diagram över 2 kategorier (Kvinnor, Män, Ickebinär/annan könsidentitet, Uppgift saknas). Högsta värdet är 5.'
    )
  })

  it('draws non-members alone when no member came', () => {
    const report = participationReport({
      events: [meeting],
      attendance: [],
      nonMemberAttendance: [{ id: 'g1', eventId: 'm', organisation: '', women: 4, men: 1, nonBinary: 0, unknown: 0 }],
      members: [],
      from: '2026-01-01',
      to: '2026-12-31'
    })
    expect(participationByMemberTypeChart(report).categories).toEqual(['Utanför anslutna verksamheter'])
  })
})
