import { describe, expect, it } from 'vitest'
import {
  emptyCountyProfile,
  validateCountyProfile,
  withProfileDefaults,
  type CountyProfile
} from '@/domain/county-profile'
import {
  countyStrategies,
  earlierStrategiesProblem,
  makeCurrent,
  membersPastStrategy,
  periodPastStrategyNotice,
  strategyEndDate
} from '@/domain/county-strategies'
import type { Member } from '@/domain/members/member'
import { buildMemberRows } from '@/domain/members/member-list'
import { createPeriod } from '@/domain/members/membership-period'
import { perspectivesShown } from '@/domain/perspectives'
import { strategyTitle } from '@/domain/strategy-title'

function kalmar(overrides: Partial<CountyProfile> = {}): CountyProfile {
  return {
    ...emptyCountyProfile(),
    countyCode: '08',
    strategyName: 'Ett jämställt Kalmar län',
    strategyStartYear: 2023,
    strategyEndYear: 2027,
    earlierStrategies: [{ id: 'old', name: 'Ett jämställt Kalmar län', startYear: 2017, endYear: 2022 }],
    ...overrides
  }
}

describe('county strategies', () => {
  it('lists the strategies oldest first with exactly one current, the one every document prints', () => {
    const list = countyStrategies(kalmar())
    expect(list.map((s) => [s.startYear, s.endYear, s.current])).toEqual([
      [2017, 2022, false],
      [2023, 2027, true]
    ])
    expect(strategyTitle(kalmar())).toBe('Ett jämställt Kalmar län 2023–2027')
    expect(validateCountyProfile(kalmar())).toEqual({})
  })

  it('upgrades a profile stored with one strategy to a list of one, without perspectives', () => {
    const { earlierStrategies: _e, perspectives: _p, ...stored } = kalmar()
    const upgraded = withProfileDefaults(stored)
    expect(countyStrategies(upgraded)).toHaveLength(1)
    expect(countyStrategies(upgraded)[0]!.current).toBe(true)
    expect(upgraded.perspectives).toEqual([])
  })

  it('refuses periods that overlap, also when they share only one year', () => {
    const touching = kalmar({ earlierStrategies: [{ id: 'o', name: 'Förra', startYear: 2017, endYear: 2023 }] })
    expect(earlierStrategiesProblem(touching)).toBe(
      'Strategierna Förra 2017–2023 och Ett jämställt Kalmar län 2023–2027 överlappar. Ändra åren så att perioderna inte går in i varandra.'
    )
    expect(validateCountyProfile(touching).earlierStrategies).toMatch(/överlappar/)
    const twoEarlier = kalmar({
      earlierStrategies: [
        { id: 'a', name: 'Första', startYear: 2010, endYear: 2016 },
        { id: 'b', name: 'Andra', startYear: 2016, endYear: 2022 }
      ]
    })
    expect(earlierStrategiesProblem(twoEarlier)).toMatch(
      /^Strategierna Första 2010–2016 och Andra 2016–2022 överlappar/
    )
  })

  it('refuses an earlier strategy without a name, with its end before its start, or with years outside 2000–2100', () => {
    const one = (s: Partial<CountyProfile['earlierStrategies'][number]>) =>
      earlierStrategiesProblem(
        kalmar({ earlierStrategies: [{ id: 'o', name: 'Förra', startYear: 2017, endYear: 2022, ...s }] })
      )
    expect(one({ name: ' ' })).toBe('Tidigare strategi 1 saknar namn. Fyll i namnet eller ta bort raden.')
    expect(one({ startYear: 2022, endYear: 2017 })).toBe('Tidigare strategi 1: slutåret kan inte ligga före startåret.')
    expect(one({ startYear: Number.NaN })).toBe(
      'Tidigare strategi 1: ange start- och slutår som årtal mellan 2000 och 2100.'
    )
    expect(one({ startYear: 2022, endYear: 2022 })).toBeNull()
  })

  it('makes an earlier strategy current and keeps the current one among the earlier ones', () => {
    const swapped = makeCurrent(kalmar(), 'old', 'new-id')
    expect([swapped.strategyStartYear, swapped.strategyEndYear]).toEqual([2017, 2022])
    expect(swapped.earlierStrategies).toEqual([
      { id: 'new-id', name: 'Ett jämställt Kalmar län', startYear: 2023, endYear: 2027 }
    ])
    expect(countyStrategies(swapped).filter((s) => s.current)).toHaveLength(1)
  })
})

describe('a membership period past the current strategy', () => {
  const period = (endDate: string, endedOn?: string) => ({
    endDate,
    ending: endedOn ? { endedOn, reason: 'Beslut' } : null
  })

  it('is within the strategy when it ends on the strategy’s last day, and past it one day later', () => {
    expect(strategyEndDate(kalmar())).toBe('2027-12-31')
    expect(periodPastStrategyNotice(period('2027-12-31'), kalmar())).toBeNull()
    expect(periodPastStrategyNotice(period('2028-01-01'), kalmar())).toBe(
      'Anslutningsperioden löper till 2028-01-01, efter att strategin Ett jämställt Kalmar län 2023–2027 upphör 2027-12-31.'
    )
  })

  it('names the period’s end as the notice in the issue does', () => {
    expect(periodPastStrategyNotice(period('2028-04-30'), kalmar())).toBe(
      'Anslutningsperioden löper till 2028-04-30, efter att strategin Ett jämställt Kalmar län 2023–2027 upphör 2027-12-31.'
    )
  })

  it('follows an ending: a period ended within the strategy has no notice', () => {
    expect(periodPastStrategyNotice(period('2028-04-30', '2027-06-30'), kalmar())).toBeNull()
    expect(periodPastStrategyNotice(period('2028-04-30', '2028-01-15'), kalmar())).toMatch(/löper till 2028-01-15,/)
  })
})

describe('Översikt’s list of members past the strategy', () => {
  const member = (id: string, name: string, archived = false): Member => ({
    id,
    name,
    orgNumber: `212000-000${id}`,
    type: 'municipality',
    municipalityCode: null,
    streetAddress: '',
    postalCode: '',
    postalTown: '',
    website: '',
    contactPersons: [],
    archivedAt: archived ? '2026-01-01T00:00:00Z' : null
  })
  const joined = (memberId: string, decisionDate: string, endedOn?: string) => ({
    ...createPeriod({ id: `p${memberId}`, memberId, decision: { decisionDate, decisionReference: '', decidedBy: '' } }),
    ending: endedOn ? { endedOn, reason: 'Beslut' } : null
  })

  it('lists members whose latest period runs past the strategy, the longest first, leaving out removed and ended ones', () => {
    const rows = buildMemberRows(
      [
        member('1', 'Borgholms kommun'),
        member('2', 'Kalmar kommun'),
        member('3', 'Nybro kommun', true),
        member('4', 'Emmaboda kommun'),
        member('5', 'Torsås kommun'),
        member('6', 'Mörbylånga kommun')
      ],
      [
        joined('1', '2025-01-02'), // to 2028-01-01: one day past
        joined('2', '2026-05-01'), // to 2029-04-30
        joined('3', '2026-05-01'), // removed from the register
        joined('4', '2025-01-01'), // to 2027-12-31: within
        joined('5', '2026-02-01', '2027-06-30'), // ended within the strategy
        joined('6', '2026-05-01') // to 2029-04-30, after Kalmar kommun by name
      ],
      { today: '2026-11-23', warningDays: 90 }
    )
    expect(membersPastStrategy(rows, kalmar()).map((r) => r.member.name)).toEqual([
      'Kalmar kommun',
      'Mörbylånga kommun',
      'Borgholms kommun'
    ])
  })
})

describe('perspectives', () => {
  it('shows a record’s tags only while the profile has them on, in a fixed order', () => {
    expect(perspectivesShown(['agenda2030', 'humanRights'], ['humanRights', 'agenda2030'])).toEqual([
      'humanRights',
      'agenda2030'
    ])
    expect(perspectivesShown(['agenda2030', 'humanRights'], ['humanRights'])).toEqual(['humanRights'])
    expect(perspectivesShown(undefined, ['humanRights'])).toEqual([])
  })
})
