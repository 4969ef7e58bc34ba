/**
 * Values and symbols in statistics cells, by SCB's rules
 * (docs/statistics.md, "Symbols"):
 *
 * - ".." not available / too uncertain, "." not applicable, "x" or "X"
 *   confidential, "..." and longer runs of dots (PC-Axis' DATASYMBOL1–6
 *   defaults), and Kolada's empty cell → missing, kept as null with the symbol;
 * - "-", "–" and "—" (nothing to report, "noll") → 0;
 * - "0" and "0,0" (less than half the unit) → 0, as they stand;
 * - "1 234" (space, no-break or narrow no-break space as thousands
 *   separator), "12,5" (decimal comma), "−3" (minus sign) → numbers;
 * - a footnote marker glued to a value ("123*", "45¹", "12,5 (1)") is dropped,
 *   and the reading says so, so the reader can warn.
 *
 * A PC-Axis file may declare its own symbols (DATASYMBOL1…6, DATASYMBOLNIL);
 * those are passed as `declared` and take precedence.
 */
export type SymbolMeaning = 'missing' | 'zero'

/** Symbols a file declares, e.g. DATASYMBOLNIL="-" → zero, DATASYMBOL1="…" → missing. */
export type DeclaredSymbols = ReadonlyMap<string, SymbolMeaning>

const missingSymbols: ReadonlySet<string> = new Set(['', '.', '..', '...', '....', '.....', '......', 'x', 'X'])
const zeroSymbols: ReadonlySet<string> = new Set(['-', '–', '—'])

/** Whether a cell holds one of SCB's symbols (missing or zero) rather than a number or a label. */
export function isMissingSymbol(text: string): boolean {
  const trimmed = text.trim()
  return missingSymbols.has(trimmed) || zeroSymbols.has(trimmed)
}

export type CellReading =
  | { kind: 'value'; value: number; footnote?: string }
  | { kind: 'missing'; symbol: string }
  | { kind: 'unknown'; text: string }

/** "1 234", "-12,5" or "−3" written as text → a number; anything else → null. */
export function numberFromText(text: string): number | null {
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace('\u2212', '-')
  if (!/^-?\d+(?:[.,]\d+)?$/.test(compact)) return null
  return Number(compact.replace(',', '.'))
}

/** Markers glued to a value to point at a footnote: "123*", "45¹", "12,5 (1)", "12,5 a)"; a digit marker needs a space or brackets. */
const footnoteMarker =
  /^(.*?\d)\s*(\*+|[\u00b9\u00b2\u00b3\u2070-\u2079]+|\(\d{1,2}\)|\([a-z]\)|[a-z]\))$|^(.*?\d)\s+(\d{1,2}\))$/

function valueWithFootnote(text: string): CellReading | null {
  const match = footnoteMarker.exec(text)
  const number = match?.[1] ?? match?.[3]
  const marker = match?.[2] ?? match?.[4]
  if (!number || !marker) return null
  const value = numberFromText(number)
  return value === null ? null : { kind: 'value', value, footnote: marker.trim() }
}

export function readCell(cell: string | number | null | undefined, declared?: DeclaredSymbols): CellReading {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { kind: 'value', value: cell } : { kind: 'unknown', text: String(cell) }
  if (cell === null || cell === undefined) return { kind: 'missing', symbol: '' }
  const text = cell.trim()
  const meaning = declared?.get(text)
  if (meaning === 'zero' || (meaning === undefined && zeroSymbols.has(text))) return { kind: 'value', value: 0 }
  if (meaning === 'missing' || missingSymbols.has(text)) return { kind: 'missing', symbol: text }
  const value = numberFromText(text)
  if (value !== null) return { kind: 'value', value }
  return valueWithFootnote(text) ?? { kind: 'unknown', text }
}
