/** Swedish presentation rules: dates as 2026-11-23, numbers as 1 234,5, å ä ö sorted last. */

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
