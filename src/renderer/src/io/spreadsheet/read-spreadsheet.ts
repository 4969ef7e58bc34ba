import { detectFileKind, wrongFileKindMessage } from '@/domain/file-kind'
import { loadExcelJs } from '../excel/excel-cells'
import { StatisticsFileError } from '../stats/statistics-file-error'
import { statisticsFileLimits } from '../stats/statistics-file-limits'
import { normaliseXlsx } from '../stats/xlsx-normaliser'
import { parseCsv } from '../text/csv'
import { decodeText } from '../text/decode-text'

/** A plain table read from a spreadsheet: the header row and the data rows, all as text. */
export interface SpreadsheetTable {
  fileName: string
  headers: string[]
  /** Data rows; `rowNumbers[i]` is the row's number in the file, for messages. */
  rows: string[][]
  rowNumbers: number[]
}

export class SpreadsheetError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'SpreadsheetError'
  }
}

const MAX_ROWS = 20_000

function isoFromDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** A cell as text: dates as YYYY-MM-DD, numbers without thousands separators, formulas by their result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return isoFromDate(value)
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: unknown; richText?: { text: string }[]; hyperlink?: string }
    if (v.richText) return v.richText.map((r) => r.text).join('')
    if (v.result !== undefined) return cellText(v.result)
    if (typeof v.text === 'string') return v.text
    if (typeof v.hyperlink === 'string') return v.hyperlink
    return ''
  }
  return String(value).trim()
}

const resave = 'Öppna filen i Excel, spara den på nytt som .xlsx eller .csv och försök igen.'

/** The statistics import's package guard (zip bomb, merged ranges), with messages about a member register. */
function guardedPackage(fileName: string, bytes: Uint8Array): Uint8Array {
  try {
    return normaliseXlsx(fileName, bytes)
  } catch (error) {
    if (!(error instanceof StatisticsFileError)) throw error
    if (error.problem === 'zip-bomb') {
      throw new SpreadsheetError(
        `Filen "${fileName}" läses inte in: den packas upp till orimligt mycket data. Så ser inte ett verksamhetsregister ut; filen kan vara skadad eller skadlig. ${resave}`,
        { cause: error }
      )
    }
    if (error.problem === 'merged-range-too-large') {
      throw new SpreadsheetError(
        `Filen "${fileName}" har sammanfogade celler som täcker orimligt många celler. Ta bort sammanfogningen i Excel (Start → Sammanfoga och centrera) och spara filen på nytt.`,
        { cause: error }
      )
    }
    throw new SpreadsheetError(
      `Filen "${fileName}" kunde inte läsas som en Excel-arbetsbok; den är skadad eller ofullständig. ${resave}`,
      { cause: error }
    )
  }
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  const packageBytes = guardedPackage(fileName, bytes)
  const ExcelJS = await loadExcelJs()
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(packageBytes as unknown as ArrayBuffer)
  } catch (error) {
    throw new SpreadsheetError(`Filen "${fileName}" kunde inte läsas som en Excel-arbetsbok. ${resave}`, {
      cause: error
    })
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0)
  if (!sheet) throw new SpreadsheetError('Arbetsboken är tom. Välj en fil med en rubrikrad och en rad per verksamhet.')
  if (sheet.rowCount * sheet.columnCount > statisticsFileLimits.maxSheetSpan) {
    throw new SpreadsheetError(
      `Kalkylbladet "${sheet.name}" i "${fileName}" har innehåll långt utanför tabellen. Ta bort det i Excel och spara filen på nytt.`
    )
  }
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = (row.values as unknown[]).slice(1).map(cellText)
    rows[rowNumber - 1] = values
  })
  return Array.from(rows, (r) => r ?? [])
}

/**
 * Reads the first sheet of an .xlsx, or a .csv in UTF-8 or Windows-1252,
 * into a header row and data rows. The header is the first non-empty row.
 */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<SpreadsheetTable> {
  if (bytes.byteLength === 0) throw new SpreadsheetError(`Filen "${fileName}" är tom. Välj en annan fil.`)
  const lower = fileName.toLowerCase()
  const kind = detectFileKind(bytes)
  if (kind !== 'xlsx' && kind !== 'other') {
    throw new SpreadsheetError(
      wrongFileKindMessage(
        kind,
        'Spara listan över verksamheter i Excel som .xlsx eller .csv och försök igen.',
        fileName
      )
    )
  }
  let grid: string[][]
  if (kind === 'xlsx' || lower.endsWith('.xlsx')) grid = await readXlsx(fileName, bytes)
  else if (lower.endsWith('.csv') || lower.endsWith('.txt'))
    grid = parseCsv(decodeText(bytes).text).map((r) => r.map((c) => c.trim()))
  else
    throw new SpreadsheetError(
      `"${fileName}" är varken .xlsx eller .csv. Spara registret i något av de formaten och försök igen.`
    )

  const headerIndex = grid.findIndex((r) => r.some((c) => c !== ''))
  if (headerIndex < 0)
    throw new SpreadsheetError(
      `Filen "${fileName}" innehåller inga rader. Välj en fil med en rubrikrad och en rad per verksamhet.`
    )
  const headers = grid[headerIndex]!.map((h, i) => h || `Kolumn ${i + 1}`)
  const rows: string[][] = []
  const rowNumbers: number[] = []
  grid.slice(headerIndex + 1).forEach((row, i) => {
    if (!row.some((c) => c !== '')) return
    rows.push(headers.map((_, c) => row[c] ?? ''))
    rowNumbers.push(headerIndex + i + 2)
  })
  if (rows.length === 0) throw new SpreadsheetError(`Filen "${fileName}" har en rubrikrad men inga rader under den.`)
  if (rows.length > MAX_ROWS)
    throw new SpreadsheetError(
      `Filen har ${rows.length} rader; Kugghjul tar högst ${MAX_ROWS} åt gången. Dela upp filen.`
    )
  return { fileName, headers, rows, rowNumbers }
}
