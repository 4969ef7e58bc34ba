import { describe, expect, it } from 'vitest'
import { emptyMemberDraft, type Member } from '@/domain/members/member'
import {
  buildMemberRows,
  countMemberRows,
  filterMemberRows,
  sortMemberRows,
  type MemberRow
} from '@/domain/members/member-list'
import type { MemberType } from '@/domain/members/member-type'
import { emptyWelcomePackage } from '@/domain/members/welcome-package'
import { completePackage, firstPeriod, renewal } from './period-fixtures'

const today = '2026-11-23'

function member(
  id: string,
  name: string,
  orgNumber: string,
  type: MemberType,
  municipalityCode: string | null,
  archivedAt: string | null = null
): Member {
  return { ...emptyMemberDraft(type), id, name, orgNumber, municipalityCode, contactPersons: [], archivedAt }
}

const members = [
  member('kalmar', 'Kalmar kommun', '212000-0746', 'municipality', '0880'),
  member('orebro', 'Örebro läns museum', '802400-1235', 'nonProfit', '1880'),
  member('angel', 'Ängelholms Energi AB', '556036-0793', 'company', '1292'),
  member('aby', 'Åby Bygg AB', '559100-0004', 'company', '0880'),
  member('zeta', 'Zeta Konsult AB', '556677-8899', 'company', '0881'),
  member('arch', 'Brottsofferjouren Nybro', '802500-0004', 'nonProfit', '0881', '2026-01-01T10:00:00.000Z')
]
// Each member gets period 1 decided on a different date, so statuses differ.
const decisions: Record<string, string> = {
  kalmar: '2024-03-15',
  orebro: '2023-12-01',
  angel: '2026-10-01',
  aby: '2022-01-10',
  zeta: '2024-06-01',
  arch: '2024-01-01'
}
const periods = members.flatMap((m) => {
  const p1 = { ...firstPeriod(decisions[m.id]!), id: `${m.id}-1`, memberId: m.id, welcomePackage: completePackage }
  return m.id === 'aby' ? [p1, { ...renewal(p1, '2024-11-01'), id: 'aby-2', welcomePackage: completePackage }] : [p1]
})
const rows = buildMemberRows(members, periods, {
  today,
  networkIdsByMember: new Map([
    ['kalmar', ['n1']],
    ['zeta', ['n1', 'n2']]
  ])
})
const names = (list: readonly MemberRow[]): string[] => list.map((r) => r.member.name)

describe('member list rows', () => {
  it('derives status, labels and the latest period once per member', () => {
    const byId = new Map(rows.map((r) => [r.member.id, r]))
    expect(byId.get('kalmar')).toMatchObject({
      statusLabel: 'Aktiv',
      typeLabel: 'Kommun',
      municipalityName: 'Kalmar',
      welcomeState: 'complete',
      welcomeLabel: 'Klart'
    })
    expect(byId.get('orebro')?.statusLabel).toBe('Utvärdering närmar sig') // ends 2026-11-30
    expect(byId.get('aby')?.latestPeriod?.number).toBe(2)
    expect(byId.get('zeta')?.networkIds).toEqual(['n1', 'n2'])
  })

  it('searches name, orgnr with or without dash and kommun, all words, any case', () => {
    expect(names(filterMemberRows(rows, { query: 'KALMAR' }))).toEqual(['Kalmar kommun', 'Åby Bygg AB'])
    expect(names(filterMemberRows(rows, { query: '2120000746' }))).toEqual(['Kalmar kommun'])
    expect(names(filterMemberRows(rows, { query: '556036-07' }))).toEqual(['Ängelholms Energi AB'])
    expect(names(filterMemberRows(rows, { query: 'bygg kalmar' }))).toEqual(['Åby Bygg AB'])
    expect(filterMemberRows(rows, { query: 'göteborg' })).toEqual([])
  })

  it('filters by status, type, kommun and network, and keeps archived members apart', () => {
    expect(names(filterMemberRows(rows, { types: ['company'] }))).toEqual([
      'Ängelholms Energi AB',
      'Åby Bygg AB',
      'Zeta Konsult AB'
    ])
    expect(names(filterMemberRows(rows, { municipalityCodes: ['0881'] }))).toEqual(['Zeta Konsult AB'])
    expect(names(filterMemberRows(rows, { networkIds: ['n2'] }))).toEqual(['Zeta Konsult AB'])
    expect(names(filterMemberRows(rows, { statuses: ['evaluationDue'] }))).toEqual(['Örebro läns museum'])
    expect(names(filterMemberRows(rows, { archived: true }))).toEqual(['Brottsofferjouren Nybro'])
    expect(filterMemberRows(rows, {})).toHaveLength(5)
  })

  it('sorts names in Swedish order: Å Ä Ö after Z', () => {
    const sorted = sortMemberRows(filterMemberRows(rows, {}), { key: 'name', direction: 'asc' })
    expect(names(sorted)).toEqual([
      'Kalmar kommun',
      'Zeta Konsult AB',
      'Åby Bygg AB',
      'Ängelholms Energi AB',
      'Örebro läns museum'
    ])
    expect(names(sortMemberRows(sorted, { key: 'name', direction: 'desc' }))[0]).toBe('Örebro läns museum')
  })

  it('sorts by kommun, status and end date, ties by name', () => {
    const active = filterMemberRows(rows, {})
    expect(sortMemberRows(active, { key: 'municipality', direction: 'asc' }).map((r) => r.municipalityName)).toEqual([
      'Kalmar',
      'Kalmar',
      'Nybro',
      'Ängelholm',
      'Örebro'
    ])
    expect(names(sortMemberRows(active, { key: 'status', direction: 'asc' }))[0]).toBe('Örebro läns museum')
    expect(names(sortMemberRows(active, { key: 'endDate', direction: 'desc' }))[0]).toBe('Ängelholms Energi AB')
  })

  it('counts rows by status and type', () => {
    const counts = countMemberRows(filterMemberRows(rows, {}))
    expect(counts.total).toBe(5)
    expect(counts.byType.company).toBe(3)
    expect(counts.byStatus.evaluationDue).toBe(1)
    expect(Object.values(counts.byStatus).reduce((a, b) => a + b)).toBe(5)
    expect(counts.welcomeIncomplete).toBe(0)
  })

  it('shows the welcome package apart from the status, and filters, sorts and counts it apart', () => {
    const unwelcomed = periods.map((p) => (p.memberId === 'zeta' ? { ...p, welcomePackage: emptyWelcomePackage() } : p))
    const own = filterMemberRows(buildMemberRows(members, unwelcomed, { today }), {})
    const zeta = own.find((r) => r.member.id === 'zeta')
    expect(zeta).toMatchObject({ statusLabel: 'Aktiv', welcomeState: 'incomplete', welcomeLabel: 'Ej klart' })
    expect(names(filterMemberRows(own, { welcomeStates: ['incomplete'] }))).toEqual(['Zeta Konsult AB'])
    expect(names(sortMemberRows(own, { key: 'welcome', direction: 'asc' }))[0]).toBe('Zeta Konsult AB')
    const counts = countMemberRows(own)
    expect(counts.welcomeIncomplete).toBe(1)
    expect(counts.byStatus).toEqual(countMemberRows(filterMemberRows(rows, {})).byStatus) // the status did not move
  })
})
