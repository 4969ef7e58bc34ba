/**
 * RFC 4180 CSV with the variations Swedish exports use: comma, semicolon or
 * tab as delimiter, quoted fields with doubled quotes, CRLF or LF line ends.
 * The member import and the statistics readers share this parser; the
 * statistics readers keep blank lines (they end a table) and type their cells.
 */
export type CsvDelimiter = ',' | ';' | '\t'

function splitOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false
  let count = 0
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes
    else if (ch === delimiter && !inQuotes) count++
  }
  return count
}

/**
 * The delimiter that splits the first lines most consistently. Lines before
 * the first one that any candidate splits (a title line above a PxWeb
 * export's header) are not counted.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const candidates = [';', '\t', ','] as const
  const all = text.split(/\r?\n|\r/, 20).filter((l) => l.trim() !== '')
  const start = Math.max(
    0,
    all.findIndex((l) => candidates.some((d) => splitOutsideQuotes(l, d) > 0))
  )
  const lines = all.slice(start, start + 6)
  let best: CsvDelimiter = ','
  let bestScore = -1
  for (const delimiter of candidates) {
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

export interface CsvRecordOptions<T> {
  /** Turns a field's text into a cell; `quoted` says whether the file quoted it. */
  field: (raw: string, quoted: boolean) => T
  /** Keep blank lines as empty records instead of skipping them. */
  keepBlankLines?: boolean
}

/** Every record as an array of cells made by `options.field`. */
export function parseCsvRecords<T>(text: string, delimiter: CsvDelimiter, options: CsvRecordOptions<T>): T[][] {
  const records: T[][] = []
  let record: T[] = []
  let field = ''
  let quoted = false
  let inQuotes = false
  let i = 0
  const endField = () => {
    record.push(options.field(field, quoted))
    field = ''
    quoted = false
  }
  const endRecord = () => {
    const blank = record.length === 0 && field === '' && !quoted
    endField()
    if (!blank) records.push(record)
    else if (options.keepBlankLines) records.push([])
    record = []
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
    if (ch === '"' && field === '') inQuotes = quoted = true
    else if (ch === delimiter) endField()
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
    } else field += ch
    i++
  }
  if (field !== '' || quoted || record.length > 0) endRecord()
  return records
}

/** Every record as an array of fields; blank lines are skipped. */
export function parseCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): string[][] {
  return parseCsvRecords(text, delimiter, { field: (raw) => raw })
}
