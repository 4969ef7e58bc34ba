import { sexOrder, type ParsedStatistics, type RegionRef, type Sex, type StatisticsFormat } from './statistics-table'
import { sortPeriods } from './period-label'

/** What the preview and the command-line inspector show about a parsed file. */
export interface StatisticsSummary {
  format: StatisticsFormat
  title: string
  measures: string[]
  regions: RegionRef[]
  years: string[]
  sexes: Sex[]
  /** Observations with a number. */
  values: number
  /** Observations without one (a missing-value symbol or an empty cell). */
  missing: number
  warnings: string[]
}

export function summarizeStatistics(parsed: ParsedStatistics): StatisticsSummary {
  const measures = new Set<string>()
  const regions = new Map<string, RegionRef>()
  const years = new Set<string>()
  const sexes = new Set<Sex>()
  let values = 0
  for (const observation of parsed.observations) {
    measures.add(observation.measure)
    const { region } = observation
    const regionKey = `${region.code ?? ''}\u0001${region.name}`
    if (!regions.has(regionKey)) regions.set(regionKey, region)
    years.add(observation.year)
    sexes.add(observation.sex)
    if (observation.value !== null) values++
  }
  return {
    format: parsed.format,
    title: parsed.title,
    measures: [...measures],
    regions: [...regions.values()].map((region) => ({ code: region.code, name: region.name })),
    years: sortPeriods(years),
    sexes: sexOrder.filter((sex) => sexes.has(sex)),
    values,
    missing: parsed.observations.length - values,
    warnings: [...parsed.warnings]
  }
}
