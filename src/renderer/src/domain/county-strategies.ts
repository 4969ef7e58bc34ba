import type { CountyProfile, EarlierStrategy } from './county-profile'
import type { MemberRow } from './members/member-list'
import type { MembershipPeriod } from './members/membership-period'
import { strategyTitle } from './strategy-title'
import { compareSwedish } from './swedish-format'

/**
 * The county's strategies with their periods. The current strategy is the
 * profile's own name and years (what the header, certificates and reports
 * print); earlier ones (e.g. 2017–2022 before a revision for 2023–2027) are
 * kept beside it. Exactly one is current by construction.
 */
export interface CountyStrategy {
  id: string
  name: string
  startYear: number
  endYear: number
  current: boolean
}

type StrategyFields = Pick<CountyProfile, 'strategyName' | 'strategyStartYear' | 'strategyEndYear'>
type StrategyListFields = StrategyFields & Pick<CountyProfile, 'earlierStrategies'>

export const CURRENT_STRATEGY_ID = 'current'

/** Every strategy, oldest first, the current one marked. */
export function countyStrategies(profile: StrategyListFields): CountyStrategy[] {
  const current: CountyStrategy = {
    id: CURRENT_STRATEGY_ID,
    name: profile.strategyName,
    startYear: profile.strategyStartYear,
    endYear: profile.strategyEndYear,
    current: true
  }
  const earlier = profile.earlierStrategies.map((s) => ({ ...s, current: false }))
  return [current, ...earlier].sort((a, b) => a.startYear - b.startYear || Number(a.current) - Number(b.current))
}

function label(strategy: Pick<EarlierStrategy, 'name' | 'startYear' | 'endYear'>): string {
  return strategyTitle({
    strategyName: strategy.name,
    strategyStartYear: strategy.startYear,
    strategyEndYear: strategy.endYear
  })
}

/**
 * Why the earlier strategies cannot be saved, or null: each has a name and a
 * period within 2000–2100 that does not end before it starts, and no two
 * strategies (the current one included) share a year.
 */
export function earlierStrategiesProblem(profile: StrategyListFields): string | null {
  for (const [index, s] of profile.earlierStrategies.entries()) {
    const which = `Tidigare strategi ${index + 1}`
    if (s.name.trim().length === 0) return `${which} saknar namn. Fyll i namnet eller ta bort raden.`
    if (s.name.trim().length > 200) return `${which}: namnet får vara högst 200 tecken.`
    const years = [s.startYear, s.endYear]
    if (years.some((y) => !Number.isInteger(y) || y < 2000 || y > 2100))
      return `${which}: ange start- och slutår som årtal mellan 2000 och 2100.`
    if (s.endYear < s.startYear) return `${which}: slutåret kan inte ligga före startåret.`
  }
  const all = countyStrategies(profile)
  for (let i = 1; i < all.length; i++) {
    const [before, after] = [all[i - 1]!, all[i]!]
    if (after.startYear <= before.endYear)
      return `Strategierna ${label(before)} och ${label(after)} överlappar. Ändra åren så att perioderna inte går in i varandra.`
  }
  return null
}

/**
 * Makes an earlier strategy the current one: the current one takes its place
 * among the earlier strategies, so there is still exactly one current.
 */
export function makeCurrent<P extends StrategyListFields>(profile: P, id: string, newId: string): P {
  const chosen = profile.earlierStrategies.find((s) => s.id === id)
  if (!chosen) return profile
  const previous: EarlierStrategy = {
    id: newId,
    name: profile.strategyName,
    startYear: profile.strategyStartYear,
    endYear: profile.strategyEndYear
  }
  return {
    ...profile,
    strategyName: chosen.name,
    strategyStartYear: chosen.startYear,
    strategyEndYear: chosen.endYear,
    earlierStrategies: profile.earlierStrategies.map((s) => (s.id === id ? previous : s))
  }
}

/** The last day of the current strategy: 31 December of its end year. */
export function strategyEndDate(profile: StrategyFields): string {
  return `${profile.strategyEndYear}-12-31`
}

/** The day a period stops counting: its ending's last day when it was ended early, otherwise its end date. */
export function periodLastDay(period: Pick<MembershipPeriod, 'endDate' | 'ending'>): string {
  return period.ending && period.ending.endedOn < period.endDate ? period.ending.endedOn : period.endDate
}

/**
 * The notice for a membership period that runs past the end of the current
 * strategy, or null: a period ending on the strategy's last day is within it.
 */
export function periodPastStrategyNotice(
  period: Pick<MembershipPeriod, 'endDate' | 'ending'>,
  profile: StrategyFields
): string | null {
  const end = strategyEndDate(profile)
  const last = periodLastDay(period)
  if (last <= end) return null
  return `Anslutningsperioden löper till ${last}, efter att strategin ${strategyTitle(profile)} upphör ${end}.`
}

/**
 * Members in the register (not removed) whose latest period runs past the
 * current strategy, for Översikt: the period that runs longest first.
 */
export function membersPastStrategy(rows: readonly MemberRow[], profile: StrategyFields): MemberRow[] {
  const end = strategyEndDate(profile)
  const past = rows.flatMap((row) => {
    const last = row.member.archivedAt === null && row.latestPeriod ? periodLastDay(row.latestPeriod) : ''
    return last > end ? [{ row, last }] : []
  })
  return past
    .sort((a, b) => b.last.localeCompare(a.last) || compareSwedish(a.row.member.name, b.row.member.name))
    .map((p) => p.row)
}
