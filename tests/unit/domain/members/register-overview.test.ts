import { describe, expect, it } from 'vitest'
import type { Member } from '@/domain/members/member'
import { buildMemberRows } from '@/domain/members/member-list'
import { createPeriod, type MembershipPeriod } from '@/domain/members/membership-period'
import { registerOverview } from '@/domain/members/overview'

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

  it('lists what needs doing, leaving archived members out', () => {
    expect(names(overview.welcomeIncomplete)).toEqual(['Kalmar kommun'])
    expect(names(overview.evaluationsDue)).toEqual(['Nybro kommun'])
    expect(names(overview.evaluationsOverdue)).toEqual(['Brottsofferjouren Kalmar'])
    expect(names(overview.newThisYear)).toEqual(['Kalmar kommun'])
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
