/**
 * Periods as SCB, Kolada, PxWeb and Eurostat write them. Each is kept as
 * the file writes it ("2025M11", "2025K1", "2019/20") and has a kind and a
 * place in time, so tables and charts put them in order:
 *
 * - year "2023"
 * - month "2025M11", "2025M1", "2025-11"
 * - quarter "2025K1", "2025Q1", "2025-Q1"
 * - half-year "2025H1", "2025-H2", "2025S1"
 * - split year (school, financial or season year) "2019/20", "2019/2020"
 */
export type PeriodKind = 'year' | 'half-year' | 'quarter' | 'month' | 'split-year'

export interface Period {
  label: string
  kind: PeriodKind
  year: number
  /** Month 1–12, quarter 1–4 or half 1–2 within the year; 0 for a year or split year. */
  part: number
}

const periodPattern =
  /^(1[89]\d\d|2[01]\d\d)(?:-?M(0?[1-9]|1[0-2])|-(0[1-9]|1[0-2])|-?[KQ]([1-4])|-?[HS]([12])|\/(\d{2}|\d{4}))?$/i

/** The period a label stands for, or null when it is not one. */
export function parsePeriod(text: string): Period | null {
  const label = text.trim()
  const match = periodPattern.exec(label)
  if (!match?.[1]) return null
  const year = Number(match[1])
  const [, , month, isoMonth, quarter, half, splitEnd] = match
  if (month || isoMonth) return { label, kind: 'month', year, part: Number(month ?? isoMonth) }
  if (quarter) return { label, kind: 'quarter', year, part: Number(quarter) }
  if (half) return { label, kind: 'half-year', year, part: Number(half) }
  if (splitEnd) {
    const end = splitEnd.length === 2 ? (year + 1) % 100 : year + 1
    return Number(splitEnd) === end ? { label, kind: 'split-year', year, part: 0 } : null
  }
  return { label, kind: 'year', year, part: 0 }
}

export function isPeriodLabel(text: string): boolean {
  return parsePeriod(text) !== null
}

/** A year written as a number in a cell (2023) or a period as text ("2023", "2023M01"), as the period string, or null. */
export function periodFromCell(cell: string | number | null | undefined): string | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1800 && cell < 2200 ? String(cell) : null
  if (typeof cell !== 'string') return null
  return parsePeriod(cell)?.label ?? null
}

/** Months of a year come before its quarters, halves and the year itself only by their own end: compare by where each period ends. */
function endMonth(period: Period): number {
  const months =
    period.kind === 'month'
      ? period.part
      : period.kind === 'quarter'
        ? period.part * 3
        : period.kind === 'half-year'
          ? period.part * 6
          : 12
  return period.year * 12 + months + (period.kind === 'split-year' ? 6 : 0)
}

/** Time order; labels that are not periods keep their order after the periods. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a)
  const pb = parsePeriod(b)
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b, 'sv')
  return endMonth(pa) - endMonth(pb) || a.localeCompare(b, 'sv')
}

export function sortPeriods(labels: Iterable<string>): string[] {
  return [...labels].sort(comparePeriods)
}

/**
 * The year a title is about, when the table has no year column:
 * "… 1 januari - 31 december 2023. Totalt" → "2023". Dates such as
 * 2024-01-01 are skipped, and the last year wins.
 */
export function yearFromTitle(title: string): string | null {
  const years = [...title.matchAll(/(?<![\d-])(1[89]\d\d|2[01]\d\d)(?![\d-])/g)].map((match) => match[1] ?? '')
  return years.at(-1) ?? null
}

/** "Folkmängd 2023" → { label: "Folkmängd", period: "2023" }, for headers that join a label and a period. */
export function splitTrailingPeriod(text: string): { label: string; period: string } | null {
  const match = /^(.*\S)\s+(\S+)$/.exec(text.trim())
  if (!match?.[1] || !match[2] || !isPeriodLabel(match[2])) return null
  return { label: match[1], period: match[2] }
}

const periodNouns: Readonly<Record<PeriodKind, string>> = {
  year: 'År',
  'half-year': 'Halvår',
  quarter: 'Kvartal',
  month: 'Månad',
  'split-year': 'Period'
}

/** What a list of periods is called in a heading or a label: "År", "Månad", "Kvartal", "Halvår", or "Period" for split years and mixed kinds. */
export function periodNoun(labels: readonly string[]): string {
  const kinds = new Set(labels.map((label) => parsePeriod(label)?.kind ?? 'split-year'))
  const [only] = kinds
  return kinds.size === 1 && only ? periodNouns[only] : kinds.size === 0 ? 'År' : 'Period'
}
