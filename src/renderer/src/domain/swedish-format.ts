/**
 * Swedish presentation rules: dates as 2026-11-23 in tables and fields and as
 * "15 mars 2026" in running text, numbers as 1 234,5, å ä ö sorted last.
 */

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true })

export function compareSwedish(a: string, b: string): number {
  return collator.compare(a, b)
}

export function sortSwedish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)))
}

const numberFormats = new Map<number, Intl.NumberFormat>()

/** 1234.5 → "1 234,5" (narrow no-break space as thousands separator, as Intl gives it for sv). */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  let format = numberFormats.get(maximumFractionDigits)
  if (!format) {
    format = new Intl.NumberFormat('sv-SE', { maximumFractionDigits })
    numberFormats.set(maximumFractionDigits, format)
  }
  return format.format(value).replace('\u2212', '-')
}

/** An ISO calendar date (YYYY-MM-DD) for a Date, in local time. */
export function toIsoDate(date: Date): string {
  const y = date.getFullYear().toString().padStart(4, '0')
  const m = (date.getMonth() + 1).toString().padStart(2, '0')
  const d = date.getDate().toString().padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** "2026-11-23 14:05" for a timestamp, in local time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  const hh = date.getHours().toString().padStart(2, '0')
  const mm = date.getMinutes().toString().padStart(2, '0')
  return `${toIsoDate(date)} ${hh}:${mm}`
}

/** The months' names as Swedish writes them in running text (lower case). */
export const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december'
] as const

/**
 * An ISO date (YYYY-MM-DD) as Swedish running text: "2026-03-15" → "15 mars 2026"
 * (no leading zero, month in lower case), for "genom ledningsbeslut den 15 mars 2026"
 * and "Kalmar den 5 december 2026". Tables and fields keep the ISO form.
 * Text that is not a valid date is returned unchanged.
 */
export function formatProseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  const [, year, month, day] = match
  const m = Number(month)
  const d = Number(day)
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate()
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth) return iso
  return `${d} ${monthNames[m - 1]} ${Number(year)}`
}

/** A noun in singular and plural, e.g. `{ one: 'aktivitet', many: 'aktiviteter' }`. */
export interface CountNoun {
  one: string
  many: string
}

/** A count with its noun inflected: "1 aktivitet", "2 aktiviteter", "1 000 intyg". Screens say every count this way. */
export function countWith(count: number, noun: CountNoun): string {
  return `${formatNumber(count)} ${count === 1 ? noun.one : noun.many}`
}

/** Nouns screens count often, in one place so every count of them is inflected alike. */
export const nouns = {
  activity: { one: 'aktivitet', many: 'aktiviteter' },
  member: { one: 'verksamhet', many: 'verksamheter' },
  action: { one: 'insats', many: 'insatser' },
  certificate: { one: 'intyg', many: 'intyg' },
  row: { one: 'rad', many: 'rader' }
} as const satisfies Record<string, CountNoun>

/** "år 2017" or "åren 2017, 2018 och 2019", for "… mått för år 2017". */
export function yearsInWords(years: readonly (string | number)[]): string {
  if (years.length === 0) return 'inga år'
  if (years.length === 1) return `år ${years[0]}`
  return `åren ${years.slice(0, -1).join(', ')} och ${years.at(-1)}`
}
