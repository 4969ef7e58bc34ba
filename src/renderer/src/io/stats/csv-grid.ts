import type { GridCell } from './sheet-grid'

/**
 * Splits SCB/PxWeb CSV text into rows of cells: comma, semicolon or tab
 * separated, labels in double quotes, values unquoted. Unquoted numbers
 * become numbers (with decimal comma when the separator is a semicolon);
 * quoted text and codes with a leading zero ("0114") stay text.
 */
const candidates = [';', '\t', ','] as const

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0
  let quoted = false
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (char === delimiter && !quoted) count++
  }
  return count
}

export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, 20).filter((line) => line.trim() !== '')
  let best: string = ','
  let bestCount = 0
  for (const delimiter of candidates) {
    const count = Math.max(0, ...lines.map((line) => countOutsideQuotes(line, delimiter)))
    if (count > bestCount) {
      best = delimiter
      bestCount = count
    }
  }
  return best
}

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
  const rows: GridCell[][] = []
  let row: GridCell[] = []
  let field = ''
  let quoted = false
  let wasQuoted = false
  const endField = (): void => {
    row.push(wasQuoted ? field : unquotedCell(field, decimalComma))
    field = ''
    wasQuoted = false
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char !== '"') field += char
      else if (text[i + 1] === '"') field += text[++i]
      else quoted = false
    } else if (char === '"') {
      quoted = true
      wasQuoted = true
    } else if (char === delimiter) endField()
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      endField()
      rows.push(row.length === 1 && row[0] === null ? [] : row)
      row = []
    } else field += char
  }
  if (field !== '' || row.length > 0) {
    endField()
    rows.push(row)
  }
  return rows
}
