import { detectDelimiter, parseCsvRecords } from '../text/csv'
import type { GridCell } from './sheet-grid'

/**
 * Splits SCB/PxWeb CSV text into rows of cells with the shared CSV parser
 * (io/text): blank lines are kept, since they end the table. Unquoted
 * numbers become numbers (with decimal comma when the separator is a
 * semicolon or tab); quoted text and codes with a leading zero ("0114") stay text.
 */
export { detectDelimiter }

function unquotedCell(raw: string, decimalComma: boolean): GridCell {
  const text = raw.trim()
  if (text === '') return null
  if (/^-?0\d/.test(text)) return text
  // Thousands separated by spaces (also no-break and narrow no-break): "1 234", "1 234,5".
  const compact = /^-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/.test(text)
    ? text.replace(/[ \u00a0\u202f]/g, '')
    : text
  const pattern = decimalComma ? /^-?\d+(?:,\d+)?$/ : /^-?\d+(?:\.\d+)?$/
  if (!pattern.test(compact)) return text
  return Number(decimalComma ? compact.replace(',', '.') : compact)
}

export function parseCsv(text: string): GridCell[][] {
  const delimiter = detectDelimiter(text)
  const decimalComma = delimiter !== ','
  return parseCsvRecords<GridCell>(text, delimiter, {
    keepBlankLines: true,
    field: (raw, quoted) => (quoted ? raw : unquotedCell(raw, decimalComma))
  })
}
