import type { DeclaredSymbols, SymbolMeaning } from '@/domain/statistics/cell-value'
import { periodFromCell } from '@/domain/statistics/period-label'
import { pxValues, type PxKeyword } from './px-keywords'

/**
 * PC-Axis time and symbol declarations. TIMEVAL("tid")=TLIST(M1),… names
 * the time variable and how its codes are written: A1 "2025", H1 "20251",
 * Q1 "20251", M1 "202511" (PX specification 2013). SCB's VALUES already read
 * "2025M11" or "2025K1"; when they do not, the code is turned into a period
 * the app knows ("2025M11", "2025Q1", "2025H1").
 */
export function pxTimeList(keywords: readonly PxKeyword[], variable: string): string | null {
  const first = pxValues(keywords, 'TIMEVAL', variable)?.[0] ?? ''
  return /^TLIST\(\s*([AHQMW]1)/i.exec(first)?.[1]?.toUpperCase() ?? null
}

function periodFromTimeCode(code: string, tlist: string | null): string | null {
  const match = /^(\d{4})(\d{1,2})?$/.exec(code.trim())
  if (!match?.[1]) return null
  const [, year, part] = match
  if (!part) return tlist === null || tlist === 'A1' ? year : null
  if (tlist === 'M1' && part.length === 2) return periodFromCell(`${year}M${part}`)
  if (tlist === 'Q1' && part.length === 1) return periodFromCell(`${year}Q${part}`)
  if (tlist === 'H1' && part.length === 1) return periodFromCell(`${year}H${part}`)
  return null
}

/** A time variable's period: its VALUES label when that reads as a period, else its CODES entry, else the label as written. */
export function pxPeriodLabel(label: string, code: string | undefined, tlist: string | null): string {
  return periodFromCell(label) ?? periodFromCell(code ?? '') ?? periodFromTimeCode(code ?? label, tlist) ?? label
}

/** DATASYMBOL1…6 (missing, in six degrees) and DATASYMBOLNIL (nothing to report → 0) as the file declares them. */
export function pxDeclaredSymbols(keywords: readonly PxKeyword[]): DeclaredSymbols {
  const declared = new Map<string, SymbolMeaning>()
  for (const name of ['DATASYMBOL1', 'DATASYMBOL2', 'DATASYMBOL3', 'DATASYMBOL4', 'DATASYMBOL5', 'DATASYMBOL6']) {
    const symbol = pxValues(keywords, name)?.[0]
    if (symbol !== undefined && symbol.trim() !== '') declared.set(symbol.trim(), 'missing')
  }
  const nil = pxValues(keywords, 'DATASYMBOLNIL')?.[0]
  if (nil !== undefined && nil.trim() !== '') declared.set(nil.trim(), 'zero')
  return declared
}
