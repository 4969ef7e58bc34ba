import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSpreadsheet, SpreadsheetError } from '@/io/spreadsheet/read-spreadsheet'
import { StatisticsFileError } from '@/io/stats/statistics-file-error'
import { loadWorkbook } from '@/io/stats/xlsx-workbook'

const bad = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/bad', name)))

async function thrown(work: Promise<unknown>): Promise<Error> {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof Error)) throw new Error('nothing was thrown')
  return error
}

/** The Swedish message is for the user; the cause keeps what the library said, for the console and support. */
describe('errors that translate a library failure keep it as their cause', () => {
  it('a member spreadsheet refused by the package guard keeps the guard’s error', async () => {
    const error = await thrown(readSpreadsheet('register.xlsx', bad('huge-merged-range.xlsx')))
    expect(error).toBeInstanceOf(SpreadsheetError)
    expect(error.cause).toBeInstanceOf(StatisticsFileError)
    expect((error.cause as StatisticsFileError).problem).toBe('merged-range-too-large')
  })

  it('a workbook ExcelJS cannot open keeps ExcelJS’s error under the Swedish one', async () => {
    const error = await thrown(loadWorkbook('tabell.xlsx', new TextEncoder().encode('inte en zip-fil')))
    expect(error).toMatchObject({
      problem: 'damaged-file',
      message: expect.stringMatching(/^Filen "tabell\.xlsx" är skadad/)
    })
    expect(error.cause).toBeInstanceOf(Error)
    expect((error.cause as Error).message).not.toBe(error.message)
  })
})
