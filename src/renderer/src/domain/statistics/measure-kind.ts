/**
 * Whether a measure counts people or things (Folkmängd, Sysselsatta,
 * Antal …) or is a rate, share, average or ratio (andel i %, per 1 000
 * invånare, medelinkomst, mil/inv). Only counts add up, so only for counts
 * does "women's share of the total" mean something; for rates the
 * comparison shows the difference women − men alone.
 *
 * SCB and Kolada put the unit in the measure's name, so the rule reads the
 * name: a percent sign, "procent", "andel", "per", a unit after a slash
 * ("/inv"), "medel", "median", "genomsnitt", "kvot", "index", "ohälsotal",
 * "frekvens", "-grad" (sysselsättningsgrad), "kr"/"kronor"/"tkr" (amounts in
 * these tables are per person) or "nöjd" make it a rate; anything else is a count.
 */
export type MeasureKind = 'count' | 'rate'

const rateWords =
  /%|procent|andel|\bper\b|\/\s*\p{L}|medel|median|genomsnitt|kvot|index|ohälsotal|frekvens|grad\b|\bkr\b|kronor|\btkr\b|nöjd|\bratio\b|\brate\b|\bshare\b|\baverage\b/iu

export function measureKind(measure: string): MeasureKind {
  return rateWords.test(measure) ? 'rate' : 'count'
}

/**
 * Women's share of the total in percent, for counts only. The file's total
 * is the denominator when there is one (it may include people of unknown
 * sex), otherwise women + men. Null when it would mislead: a rate, a missing
 * value, a negative count (Folkökning −28) or a total of zero.
 */
export function womenShare(
  kind: MeasureKind,
  women: number | null,
  men: number | null,
  total: number | null
): number | null {
  if (kind !== 'count' || women === null || women < 0) return null
  const denominator = total ?? (men === null ? null : women + men)
  if (denominator === null || denominator <= 0 || (men !== null && men < 0)) return null
  return (100 * women) / denominator
}

const percentWords = /%|procent|\bandel\b/iu

/**
 * The unit of "women − men" for a measure: the difference between two
 * percentages is in procentenheter (Andel chefer, procent: 40,6 − 39,8 = 0,8
 * procentenheter), not in percent; for any other measure it has the
 * measure's own unit, which the name already says. Null then.
 */
export function differenceUnit(measure: string): 'procentenheter' | null {
  return percentWords.test(measure) ? 'procentenheter' : null
}

/** "Skillnad (kvinnor − män)", with ", procentenheter" for a percentage. */
export function differenceHeader(measure: string, sexes: string): string {
  const unit = differenceUnit(measure)
  return `Skillnad (${sexes})${unit ? `, ${unit}` : ''}`
}
