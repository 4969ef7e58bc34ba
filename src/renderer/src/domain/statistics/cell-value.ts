/**
 * Values and missing-value symbols in statistics cells. SCB writes ".."
 * (not available), "." (not applicable), "-" (nil) and sometimes "..." or an
 * en dash; Kolada leaves the cell empty. All of them are kept as null with
 * the original symbol, so the app can show what the source showed.
 */
const missingSymbols: ReadonlySet<string> = new Set(['', '.', '..', '...', '....', '.....', '......', '-', '–', '—', 'x', 'X'])

export function isMissingSymbol(text: string): boolean {
  return missingSymbols.has(text.trim())
}

export type CellReading =
  | { kind: 'value'; value: number }
  | { kind: 'missing'; symbol: string }
  | { kind: 'unknown'; text: string }

/** "1 234", "-12,5" or "−3" written as text → a number; anything else → null. */
export function numberFromText(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-')
  if (!/^-?\d+(?:[.,]\d+)?$/.test(compact)) return null
  return Number(compact.replace(',', '.'))
}

export function readCell(cell: string | number | null | undefined): CellReading {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'value', value: cell } : { kind: 'unknown', text: String(cell) }
  if (cell === null || cell === undefined) return { kind: 'missing', symbol: '' }
  const text = cell.trim()
  if (missingSymbols.has(text)) return { kind: 'missing', symbol: text }
  const value = numberFromText(text)
  return value === null ? { kind: 'unknown', text } : { kind: 'value', value }
}
