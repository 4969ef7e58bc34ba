/**
 * RFC 4180 CSV with the variations Swedish exports use: comma, semicolon or
 * tab as delimiter, quoted fields with doubled quotes, CRLF or LF line ends.
 */
export type CsvDelimiter = ',' | ';' | '\t'

/** The delimiter that splits the first lines most consistently. */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = text.split(/\r?\n/, 6).filter((l) => l.trim() !== '')
  let best: CsvDelimiter = ','
  let bestScore = -1
  for (const delimiter of [';', '\t', ','] as const) {
    const counts = lines.map((l) => splitOutsideQuotes(l, delimiter))
    const first = counts[0] ?? 0
    const consistent = counts.every((c) => c === first)
    const score = first === 0 ? 0 : first * (consistent ? 2 : 1)
    if (score > bestScore) {
      best = delimiter
      bestScore = score
    }
  }
  return best
}

function splitOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false
  let count = 0
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes
    else if (ch === delimiter && !inQuotes) count++
  }
  return count
}

/** Every record as an array of fields; blank lines are skipped. */
export function parseCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let inQuotes = false
  let i = 0
  const endRecord = () => {
    record.push(field)
    if (record.length > 1 || record[0] !== '') records.push(record)
    record = []
    field = ''
  }
  while (i < text.length) {
    const ch = text[i]!
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (ch === '"') inQuotes = false
      else field += ch
      i++
      continue
    }
    if (ch === '"' && field === '') inQuotes = true
    else if (ch === delimiter) {
      record.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
    } else field += ch
    i++
  }
  if (field !== '' || record.length > 0) endRecord()
  return records
}
