import { describe, expect, it } from 'vitest'
import type { Member } from '@/domain/members/member'
import { buildMemberRows } from '@/domain/members/member-list'
import { createPeriod, type MembershipPeriod } from '@/domain/members/membership-period'
import { openFollowUps } from '@/domain/dialogues/follow-up'
import { registerOverview, todoItems } from '@/domain/members/overview'
import { dialogue } from '../dialogues/dialogue-fixtures'

const today = '2026-11-23'

function member(
  id: string,
  name: string,
  type: Member['type'],
  municipalityCode: string | null,
  archived = false
): Member {
  return {
    id,
    name,
    orgNumber: `000000-000${id}`,
    type,
    municipalityCode,
    streetAddress: '',
    postalCode: '',
    postalTown: '',
    website: '',
    contactPersons: [],
    archivedAt: archived ? '2026-01-01T00:00:00Z' : null
  }
}

function period(memberId: string, decisionDate: string, complete: boolean): MembershipPeriod {
  const p = createPeriod({
    id: `p${memberId}`,
    memberId,
    decision: { decisionDate, decisionReference: '', decidedBy: '' }
  })
  const done = complete ? decisionDate : null
  return {
    ...p,
    welcomePackage: {
      certificateIssuedOn: done,
      logoSentOn: done,
      leadershipBriefingOfferedOn: done,
      leadershipBriefingHeldOn: null
    }
  }
}

describe('register overview', () => {
  const members = [
    member('1', 'Kalmar kommun', 'municipality', '0880'),
    member('2', 'Nybro kommun', 'municipality', '0881'),
    member('3', 'Brottsofferjouren Kalmar', 'nonProfit', '0880'),
    member('4', 'Växjö kommun', 'municipality', '0780'),
    member('5', 'Arkiverad kommun', 'municipality', '0882', true)
  ]
  const periods = [
    period('1', '2026-02-01', false), // new this year, welcome package open
    period('2', '2023-12-20', true), // ends 2026-12-19: evaluation due
    period('3', '2023-06-01', true), // ended 2026-05-31: overdue
    period('4', '2025-01-10', true), // active, other county
    period('5', '2025-01-10', false) // archived: left out
  ]
  const overview = registerOverview(buildMemberRows(members, periods, { today }), '08', today)
  const names = (rows: { member: Member }[]) => rows.map((r) => r.member.name)

  it('counts who joined this year, leaving archived members out', () => {
    expect(names(overview.newThisYear)).toEqual(['Kalmar kommun'])
  })

  it("lists what needs doing with each item's own urgency, most urgent first, linked to where it is done", () => {
    const ended = member('6', 'Avslutad förening', 'nonProfit', '0880')
    const endedPeriod = { ...period('6', '2024-01-10', false), ending: { endedOn: '2026-06-30', reason: 'Lämnade' } }
    const rows = buildMemberRows([...members, ended], [...periods, endedPeriod], { today })
    const followUps = openFollowUps(
      [
        dialogue('2', '2026-09-01', '2026-11-01'), // overdue since 2026-11-01
        dialogue('4', '2026-11-01', '2026-11-30'), // due within 14 days
        dialogue('5', '2026-06-01', '2026-07-01'), // archived member: left out
        dialogue('6', '2026-03-01', '2026-04-01') // ended membership: left out
      ],
      today
    )
    const items = todoItems(rows, followUps)
    expect(items.map((i) => [i.row.member.name, i.text, i.place])).toEqual([
      ['Brottsofferjouren Kalmar', 'Utvärdering försenad sedan 2026-05-31', 'evaluation'],
      ['Nybro kommun', 'Uppföljning försenad sedan 2026-11-01', 'dialogues'],
      ['Växjö kommun', 'Uppföljning senast 2026-11-30', 'dialogues'],
      ['Nybro kommun', 'Utvärdering senast 2026-12-19', 'evaluation'],
      ['Kalmar kommun', 'Välkomstpaket ej klart (beslut 2026-02-01)', 'welcomePackage']
    ])
    expect(items[0]?.periodId).toBe('p3') // the evaluation of the period that ran out
  })

  it('counts running memberships by type', () => {
    expect(overview.activeTotal).toBe(4)
    expect(overview.activeByType.find((t) => t.type === 'municipality')?.count).toBe(3)
    expect(overview.activeByType.find((t) => t.type === 'nonProfit')?.count).toBe(1)
  })

  it("shows which of the county's own kommuner have joined, in Swedish order", () => {
    expect(overview.municipalities).toHaveLength(12)
    expect(overview.municipalitiesJoined).toBe(2)
    expect(overview.municipalities.filter((m) => m.joined).map((m) => m.name)).toEqual(['Kalmar', 'Nybro'])
    // A kommun outside the county and an archived one do not count.
    expect(overview.municipalities.find((m) => m.code === '0882')?.joined).toBe(false)
    expect(overview.municipalities.at(-1)?.name).toBe('Västervik')
  })
})
