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
  const pattern = decimalComma ? /^-?\d+(?:,\d+)?$/ : /^-?\d+(?:\.\d+)?$/
  if (!pattern.test(text) || /^-?0\d/.test(text)) return text
  return Number(decimalComma ? text.replace(',', '.') : text)
}

export function parseCsv(text: string): GridCell[][] {
  const delimiter = detectDelimiter(text)
  const decimalComma = delimiter !== ','
  return parseCsvRecords<GridCell>(text, delimiter, {
    keepBlankLines: true,
    field: (raw, quoted) => (quoted ? raw : unquotedCell(raw, decimalComma))
  })
}
