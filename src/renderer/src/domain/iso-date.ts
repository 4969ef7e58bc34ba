/**
 * Calendar dates as ISO strings (YYYY-MM-DD). Arithmetic runs on UTC day
 * numbers, so no local time zone or daylight-saving change can shift a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** True for a real calendar date written YYYY-MM-DD ("2026-02-30" is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/**
 * What a person typed in a date field, as YYYY-MM-DD: "2026-03-15",
 * "20260315", "2026-3-5" and "2026/3/5" all give a date; undefined when the
 * text is not a real calendar date written year first.
 */
export function normaliseDateInput(text: string): string | undefined {
  const trimmed = text.trim()
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed) ?? /^(\d{4})[-./ ](\d{1,2})[-./ ](\d{1,2})$/.exec(trimmed)
  if (!match) return undefined
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`
  return isIsoDate(iso) ? iso : undefined
}

/** The Swedish message for text in a date field that is not a date; undefined when it is one or is empty. */
export function dateInputProblem(text: string): string | undefined {
  return text.trim() === '' || normaliseDateInput(text) ? undefined : 'Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-15.'
}

function toDayNumber(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: "${iso}"`)
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d) / MS_PER_DAY
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export function addDays(iso: string, days: number): string {
  return fromUtcMs((toDayNumber(iso) + days) * MS_PER_DAY)
}

/**
 * The same calendar day `years` later. 29 February in a year without one
 * becomes 1 March, so "the day before the anniversary" is 28 February.
 */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: "${iso}"`)
  return fromUtcMs(Date.UTC(y + years, m - 1, d))
}

/** Whole days from `from` to `to`: 1 for tomorrow, negative for the past. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** The year of an ISO date, e.g. 2026 for "2026-11-23". */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4))
}
