import { formatNumber } from '@/domain/swedish-format'

/**
 * How a statistics value reads on screen: a number in Swedish format, or the
 * symbol the file used for a missing value, explained once below the table.
 */
const meanings: Readonly<Record<string, string>> = {
  '..': 'uppgiften är inte tillgänglig eller för osäker för att anges',
  '.': 'uppgiften kan inte förekomma',
  '-': 'inget finns att redovisa (noll)',
  '': 'cellen är tom i filen, uppgiften saknas'
}

/** What an empty cell in the file (Kolada's missing value) is shown as, since an empty table cell says nothing. */
export const EMPTY_CELL_TEXT = 'saknas'

export function missingSymbolText(symbol: string): string {
  return symbol === '' ? EMPTY_CELL_TEXT : symbol
}

export function missingSymbolMeaning(symbol: string): string {
  return meanings[symbol] ?? 'uppgiften saknas'
}

const fixedFormats = new Map<number, Intl.NumberFormat>()

/** Always `decimals` decimals (a share: 50,0 beside 49,9), Swedish format. */
export function fixedNumberText(value: number, decimals: number): string {
  let format = fixedFormats.get(decimals)
  if (!format)
    fixedFormats.set(
      decimals,
      (format = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }))
    )
  return format.format(value).replace('\u2212', '-')
}

/**
 * A number, a missing value's symbol, or '' where the file had no such cell.
 * `fixed` decimals are always shown; otherwise up to `decimals`, as the file has them.
 */
export function statisticText(value: number | string | null | undefined, decimals = 1, fixed?: number): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return missingSymbolText(value)
  return fixed === undefined ? formatNumber(value, decimals) : fixedNumberText(value, fixed)
}
