import type { CountyProfile } from './county-profile'

/**
 * How the strategy is named on screens and documents: its name and its years,
 * once. Many counties name the strategy with its period ("Ett jämställt Kalmar
 * län 2023–2027"); the years are then not added again.
 */

type StrategyFields = Pick<CountyProfile, 'strategyName' | 'strategyStartYear' | 'strategyEndYear'>

/** A span of years in a name: "2023–2027", "2023-2027", "2023 — 2027". */
const yearSpan = /(?<!\d)((?:19|20)\d{2})\s*[-\u2010-\u2015]\s*((?:19|20)\d{2})(?!\d)/

function period(fields: StrategyFields): string {
  return `${fields.strategyStartYear}\u2013${fields.strategyEndYear}`
}

/** The span of years the name itself holds, e.g. [2023, 2027], or null. */
export function yearsInStrategyName(name: string): [number, number] | null {
  const match = yearSpan.exec(name)
  return match ? [Number(match[1]), Number(match[2])] : null
}

/** "Ett jämställt Kalmar län" 2023–2027 → "Ett jämställt Kalmar län 2023–2027"; a name that holds its years is kept as it is. */
export function strategyTitle(fields: StrategyFields): string {
  const name = fields.strategyName.trim()
  return yearsInStrategyName(name) ? name : `${name} ${period(fields)}`
}

/**
 * A Swedish note for the profile form when the strategy's name holds years:
 * they are the period (shown once), or they differ from it (one is wrong).
 * Null when the name holds no years.
 */
export function strategyNameYearsNote(fields: StrategyFields): string | null {
  const years = yearsInStrategyName(fields.strategyName)
  if (!years) return null
  const [start, end] = years
  if (start === fields.strategyStartYear && end === fields.strategyEndYear)
    return `Namnet innehåller redan perioden ${period(fields)}. Årtalen skrivs därför inte ut en gång till efter namnet i sidhuvudet och på intyg och rapporter.`
  return `Namnet innehåller årtalen ${start}\u2013${end}, men strategins period är ${period(fields)}. Rätta årtalen i namnet eller perioden nedan, så att dokumenten inte säger två olika saker.`
}
