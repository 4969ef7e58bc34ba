import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SpreadsheetError } from '@/io/spreadsheet/read-spreadsheet'
import { readSpreadsheetOffThread } from '@/io/spreadsheet/spreadsheet-read-client'
import { minimalXlsx } from '../../../../scripts/build-bad-statistics-files'

/** The member import reads .xlsx behind the statistics import's package guard (tests/fixtures/bad). */
const bad = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/bad', name)))

async function refusal(name: string, bytes: Uint8Array): Promise<SpreadsheetError> {
  const error: unknown = await readSpreadsheetOffThread(name, bytes).then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof SpreadsheetError)) throw new Error(`${name} was not refused with a SpreadsheetError`)
  return error
}

describe('member spreadsheet guard', () => {
  it('refuses a sheet with one merged range over the whole sheet before ExcelJS sees it', async () => {
    const error = await refusal('sammanfogad.xlsx', bad('huge-merged-range.xlsx'))
    expect(error.message).toMatch(/^Filen "sammanfogad\.xlsx" har sammanfogade celler som täcker orimligt många celler/)
  })

  it('names a PDF picked instead of the member list, and says how to save the list', async () => {
    const pdf = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/wrong-kind/intyg.pdf')))
    const error = await refusal('verksamheter.xlsx', pdf)
    expect(error.message).toBe(
      'Filen "verksamheter.xlsx" är en PDF-fil. Spara listan över verksamheter i Excel som .xlsx eller .csv och försök igen.'
    )
  })

  it('refuses a zip bomb from its central directory', async () => {
    const error = await refusal('bomb.xlsx', bad('zip-bomb.xlsx'))
    expect(error.message).toMatch(/packas upp till orimligt mycket data\. Så ser inte ett verksamhetsregister ut/)
  })

  it('refuses a merged range written with single quotes, which the guard used to miss', async () => {
    const bytes = minimalXlsx(`<sheetData/><mergeCells count='1'><mergeCell ref='A1:XFD1048576'/></mergeCells>`)
    const error = await refusal('enkla-citattecken.xlsx', bytes)
    expect(error.message).toMatch(/sammanfogade celler/)
  })

  it('still reads an ordinary register', async () => {
    const row = (n: number, a: string, b: string): string =>
      `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>${a}</t></is></c><c r="B${n}" t="inlineStr"><is><t>${b}</t></is></c></row>`
    const table = await readSpreadsheetOffThread(
      'register.xlsx',
      minimalXlsx(`<sheetData>${row(1, 'Namn', 'Kommun')}${row(2, 'Ölands förening', 'Borgholm')}</sheetData>`)
    )
    expect(table.headers).toEqual(['Namn', 'Kommun'])
    expect(table.rows).toEqual([['Ölands förening', 'Borgholm']])
  })
})
