import { periodFromCell, splitTrailingPeriod } from '@/domain/statistics/period-label'
import { recognizeRegion, type RegionMatch } from '@/domain/statistics/region-label'
import { recognizeSex } from '@/domain/statistics/sex-label'

/**
 * What a stub column or a header row holds, judged from its distinct labels
 * (and, in CSV exports, from its heading): regions, sexes, years, years with
 * a label in front ("Folkmängd 2023", "kvinnor 2023"), or anything else,
 * which becomes part of the measure name.
 */
export type DimensionRole = 'region' | 'sex' | 'year' | 'labelled-year' | 'measure'

const headingHints: ReadonlyArray<[RegExp, DimensionRole]> = [
  [
    /^(region|regioner|regionkod|län|länskod|kommun|kommuner|kommunkod|kommunnamn|område|geografi|geo|region name|region code|municipality|county)$/i,
    'region'
  ],
  [/^(kön|sex|gender)$/i, 'sex'],
  [/^(år|year|tid|period|time|time_period|month|månad|kvartal|quarter|halvår|läsår|years|månader)$/i, 'year']
]

export function roleFromHeading(heading: string): DimensionRole | null {
  for (const [pattern, role] of headingHints) if (pattern.test(heading.trim())) return role
  return null
}

/** Region lookups repeat for every row; one cache per file keeps them cheap. */
export class RegionCache {
  private readonly matches = new Map<string, RegionMatch | null>()

  match(label: string): RegionMatch | null {
    let match = this.matches.get(label)
    if (match === undefined) {
      match = recognizeRegion(label)
      this.matches.set(label, match)
    }
    return match
  }
}

function isSexColumn(labels: readonly string[], hint: DimensionRole | null): boolean {
  const sexes = labels.map(recognizeSex)
  if (sexes.some((sex) => sex === null)) return false
  return hint === 'sex' || sexes.some((sex) => sex !== 'total')
}

export interface Classification {
  role: DimensionRole
  /** False when the labels fit the role only in part, or the heading suggests another role. */
  sure: boolean
}

export function classifyLabelsWithCertainty(
  labels: readonly string[],
  hint: DimensionRole | null,
  regions: RegionCache
): Classification {
  if (labels.length === 0) return { role: 'measure', sure: true }
  if (labels.every((label) => periodFromCell(label) !== null)) return { role: 'year', sure: true }
  if (isSexColumn(labels, hint)) return { role: 'sex', sure: true }
  const matched = labels.filter((label) => regions.match(label)?.matched).length
  if (hint === 'region' || matched * 2 >= labels.length) return { role: 'region', sure: matched === labels.length }
  if (labels.every((label) => splitTrailingPeriod(label) !== null)) return { role: 'labelled-year', sure: true }
  const looksOtherwise = hint !== null || matched > 0 || labels.some((label) => recognizeSex(label) !== null)
  return { role: 'measure', sure: !looksOtherwise }
}

/** Whether the labels in front of the years ("kvinnor 2023") are sexes; otherwise they name measures. */
export function labelledYearsAreSexes(labels: readonly string[]): boolean {
  const prefixes = labels.map((label) => splitTrailingPeriod(label)?.label ?? '')
  return isSexColumn(prefixes, null)
}
