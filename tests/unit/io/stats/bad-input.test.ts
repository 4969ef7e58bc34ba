import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { guardMergedRanges } from '@/io/stats/merge-guard'
import { readStatisticsFile } from '@/io/stats/read-statistics-file'
import { StatisticsFileError, type StatisticsFileProblem } from '@/io/stats/statistics-file-error'
import { fixtureBytes } from './statistics-fixture'

async function problemOf(name: string, bytes: Uint8Array): Promise<StatisticsFileError> {
  try {
    await readStatisticsFile(name, bytes)
  } catch (error) {
    if (error instanceof StatisticsFileError) return error
    throw error
  }
  throw new Error(`${name} was read without an error`)
}

/** Every message names the file, is Swedish, and says what to do. */
function expectActionableSwedish(error: StatisticsFileError, name: string): void {
  expect(error.message).toContain(`"${name}"`)
  expect(error.message).toMatch(/[åäö]/)
  expect(error.message).toMatch(/Ladda ner|hämta|Hämta|Öppna|Spara|spara|Ta bort|Kontrollera|Välj/)
}

const cases: ReadonlyArray<[string, StatisticsFileProblem, RegExp]> = [
  ['empty.xlsx', 'empty-file', /är tom \(0 byte\)/],
  ['text-renamed.xlsx', 'not-a-spreadsheet', /heter \.xlsx men är ingen Excel-arbetsbok/],
  ['truncated.xlsx', 'damaged-file', /skadad eller ofullständig/],
  ['zip-bomb.xlsx', 'zip-bomb', /packas upp till 1025 gånger sin packade storlek/],
  [
    'huge-merged-range.xlsx',
    'merged-range-too-large',
    /sammanfogade celler \(A1:XFD1048576\) som täcker 17\s179\s869\s184 celler/
  ],
  ['empty-sheet.xlsx', 'empty-sheet', /kalkylbladet är tomt/],
  ['far-apart-cells.xlsx', 'sheet-too-spread', /sträcker sig över 32\s768\s000 celler/]
]

describe('bad input in tests/fixtures/bad gets a clear Swedish message', () => {
  for (const [name, problem, message] of cases) {
    it(name, async () => {
      const error = await problemOf(name, fixtureBytes('bad', name))
      expect(error.problem).toBe(problem)
      expect(error.message).toMatch(message)
      expectActionableSwedish(error, name)
    })
  }
})

describe('tables without a region or a time period', () => {
  it('reads a table without a region variable as Riket, with a note (no-region.csv, no-region.xlsx)', async () => {
    for (const name of ['no-region.csv', 'no-region.xlsx']) {
      const parsed = await readStatisticsFile(name, fixtureBytes('bad', name))
      expect(new Set(parsed.observations.map((o) => o.region.code))).toEqual(new Set(['00']))
      expect(parsed.warnings[0]).toMatch(/ingen regionvariabel, så värdena läses in som riket \(00\)/)
    }
  })

  it('says what it found and that the time period is missing', async () => {
    const text = '"region";"ålder";"Antal"\n"0880 Kalmar";"0-15 år";100\n"0880 Kalmar";"16-64 år";500\n'
    const error = await problemOf('utan-tid.csv', new TextEncoder().encode(text))
    expect(error.problem).toBe('no-year')
    expect(error.message).toMatch(
      /Hittade: Kolumnen "region" \(kolumn A\) – region; Kolumnen "ålder" \(kolumn B\) – del av måttets namn/
    )
    expect(error.message).toMatch(/Det som saknas är år, månader eller kvartal/)
    expectActionableSwedish(error, 'utan-tid.csv')
  })
})

function withDirectoryField(zip: Uint8Array, offsetInEntry: number, value: number): Uint8Array {
  const copy = zip.slice()
  const view = new DataView(copy.buffer)
  const end = copy.length - 22
  const directory = view.getUint32(end + 16, true)
  view.setUint32(directory + offsetInEntry, value, true)
  return copy
}

describe('zip guard from the central directory', () => {
  const sheet = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(4 * 1024 * 1024).fill(0x41) }, { level: 9 })

  it('stops an entry that inflates to more than its declared size, without inflating it all', async () => {
    const lying = withDirectoryField(sheet, 24, 1000) // uncompressed size says 1,000 bytes
    const error = await problemOf('ljuger.xlsx', lying)
    expect(error.problem).toBe('zip-bomb')
    expect(error.message).toMatch(/blir större uppackad än filen själv uppger/)
  })

  it('refuses a declared uncompressed size over the limit', async () => {
    const error = await problemOf('stor.xlsx', withDirectoryField(sheet, 24, 400 * 1024 * 1024))
    expect(error.problem).toBe('zip-bomb')
    expect(error.message).toMatch(/uppackad blir den större än 300 MB/)
  })

  it('refuses too many entries', async () => {
    const entries = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`xl/media/bild${i}.png`, strToU8('x')]))
    const error = await problemOf('manga.xlsx', zipSync(entries))
    expect(error.problem).toBe('zip-bomb')
    expect(error.message).toMatch(/den innehåller 600 delar/)
  })

  it('refuses encrypted entries with advice', async () => {
    const error = await problemOf('krypterad.xlsx', withDirectoryField(sheet, 8, 1))
    expect(error.message).toMatch(/krypterad eller lösenordsskyddad/)
  })

  it('tells an old .xls file from a text file', async () => {
    const error = await problemOf('gammal.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    expect(error.problem).toBe('legacy-xls')
    expect(error.message).toMatch(/spara som Excel-arbetsbok/)
  })

  it.each([
    ['lagesrapport.docx', 'ett Word-dokument'],
    ['intyg.pdf', 'en PDF-fil'],
    ['foto.jpg', 'en bild'],
    ['bilder.zip', 'en zip-fil']
  ])('names %s for what it is, whatever it is called', async (name, kind) => {
    const error = await problemOf('tabell.xlsx', fixtureBytes('wrong-kind', name))
    expect(error.problem).toBe('wrong-kind')
    expect(error.message).toContain(`Filen "tabell.xlsx" är ${kind}`)
    expect(error.message).toMatch(/Spara tabellen från SCB som \.xlsx, \.csv eller \.px och försök igen\.$/)
  })

  it('refuses a file over the size limit before looking inside', async () => {
    const error = await problemOf('enorm.csv', new Uint8Array(51 * 1024 * 1024))
    expect(error.problem).toBe('file-too-large')
    expect(error.message).toMatch(/är 51 MB, men högst 50 MB kan läsas in/)
  })
})

describe('merged-range guard', () => {
  it('catches single-quoted and lower-case references as well as double-quoted ones', () => {
    for (const xml of [
      `<mergeCells><mergeCell ref='A1:XFD1048576'/></mergeCells>`,
      '<x:mergeCell ref="a1:xfd1048576"/>',
      `<mergeCell ref = '$A$1:$XFD$1048576' />`
    ]) {
      expect(() => guardMergedRanges('sammanfogad.xlsx', xml)).toThrow(
        /sammanfogade celler \(A1:XFD1048576\) som täcker 17\s179\s869\s184 celler/i
      )
    }
    expect(() => guardMergedRanges('liten.xlsx', `<mergeCell ref='A1:D1'/>`)).not.toThrow()
  })
})
