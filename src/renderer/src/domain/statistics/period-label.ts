/**
 * Years and periods as SCB and Kolada write them: "2023", and in monthly,
 * quarterly or split-year tables "2023M01", "2023K1", "2023Q1", "2022/23".
 */
const periodPattern = /^(1[89]\d\d|2[01]\d\d)(?:[MKQ]\d{1,2}|\/\d{2}(?:\d{2})?)?$/

export function isPeriodLabel(text: string): boolean {
  return periodPattern.test(text.trim())
}

/** A year written as a number in a cell (2023) or as text ("2023"), as the period string, or null. */
export function periodFromCell(cell: string | number | null | undefined): string | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1800 && cell < 2200 ? String(cell) : null
  if (typeof cell !== 'string') return null
  const text = cell.trim()
  return periodPattern.test(text) ? text : null
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
  if (!match?.[1] || !match[2] || !periodPattern.test(match[2])) return null
  return { label: match[1], period: match[2] }
}
