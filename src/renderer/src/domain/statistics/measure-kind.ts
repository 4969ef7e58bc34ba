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

const rateWords = /%|procent|andel|\bper\b|\/\s*\p{L}|medel|median|genomsnitt|kvot|index|ohälsotal|frekvens|grad\b|\bkr\b|kronor|\btkr\b|nöjd|\bratio\b|\brate\b|\bshare\b|\baverage\b/iu

export function measureKind(measure: string): MeasureKind {
  return rateWords.test(measure) ? 'rate' : 'count'
}

/**
 * Women's share of the total in percent, for counts only. The file's total
 * is the denominator when there is one (it may include people of unknown
 * sex), otherwise women + men. Null when it would mislead: a rate, a missing
 * value, a negative count (Folkökning −28) or a total of zero.
 */
export function womenShare(kind: MeasureKind, women: number | null, men: number | null, total: number | null): number | null {
  if (kind !== 'count' || women === null || women < 0) return null
  const denominator = total ?? (men === null ? null : women + men)
  if (denominator === null || denominator <= 0 || (men !== null && men < 0)) return null
  return (100 * women) / denominator
}
