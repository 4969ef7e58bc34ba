import { describe, expect, it } from 'vitest'
import { summarizeStatistics } from '@/domain/statistics/statistics-summary'
import { parsePxContent, pxValues, splitPxValues } from '@/io/stats/px-keywords'
import { readPxFile } from '@/io/stats/px-reader'
import { StatisticsFileError } from '@/io/stats/statistics-file-error'
import { fixtureBytes, valueAt } from './statistics-fixture'

const latin1Bytes = fixtureBytes('stats', 'BE0101N1.px')

describe('PC-Axis: BE0101N1.px (ISO-8859-1)', () => {
  const parsed = readPxFile('BE0101N1.px', latin1Bytes)

  it('reads regions from CODES and VALUES, sexes, years, and the content variable first in the measure', () => {
    const summary = summarizeStatistics(parsed)
    expect(summary.format).toBe('px')
    expect(summary.title).toBe('Folkmängden efter region, civilstånd, ålder, kön, tabellinnehåll och år')
    expect(summary.regions).toEqual([
      { code: '0114', name: 'Upplands Väsby' },
      { code: '0115', name: 'Vallentuna' }
    ])
    expect(summary.sexes).toEqual(['women', 'men'])
    expect(summary.years).toEqual(['2020', '2021'])
    expect(summary.measures).toHaveLength(8)
    expect(summary.measures).toContain('Folkökning, gifta, 55-64 år')
    expect(summary.values).toBe(64)
    expect(summary.missing).toBe(0)
    expect(parsed.source).toBe('SCB')
  })

  it('walks DATA with the last variable fastest', () => {
    expect(valueAt(parsed, 'Folkmängd, ogifta, 45-54 år', '0114', '2020', 'men')).toBe(1054) // first row
    expect(valueAt(parsed, 'Folkökning, ogifta, 45-54 år', '0114', '2021', 'men')).toBe(-28)
    expect(valueAt(parsed, 'Folkmängd, ogifta, 55-64 år', '0114', '2021', 'women')).toBe(555) // row 4
    expect(valueAt(parsed, 'Folkmängd, gifta, 55-64 år', '0115', '2020', 'women')).toBe(1004) // last row
    expect(valueAt(parsed, 'Folkökning, gifta, 55-64 år', '0115', '2021', 'women')).toBe(45)
  })

  it('joins a NOTEX value that continues over two quoted strings', () => {
    expect(parsed.notes.some((note) => note.includes('Registrerade partners räknas som Gifta'))).toBe(true)
  })

  it('reads the same file saved as UTF-8 the same way', () => {
    const latin1Text = new TextDecoder('windows-1252').decode(latin1Bytes)
    const utf8 = readPxFile(
      'BE0101N1.px',
      new TextEncoder().encode(latin1Text.replace('CODEPAGE="iso-8859-1"', 'CODEPAGE="utf-8"'))
    )
    expect(utf8.observations).toEqual(parsed.observations)
  })
})

describe('PC-Axis keywords and data', () => {
  it('splits quoted lists, continued strings and TLIST values', () => {
    expect(splitPxValues('"a","b c"')).toEqual(['a', 'b c'])
    expect(splitPxValues('"Regis"\n"trerade"')).toEqual(['Registrerade'])
    expect(splitPxValues('TLIST(A1),"2020","2021"')).toEqual(['TLIST(A1)', '2020', '2021'])
    expect(splitPxValues('2')).toEqual(['2'])
  })

  it('reads keywords with sub-keys and a language, and stops at DATA', () => {
    const content = parsePxContent(
      'TITLE="T";VALUES("kön")="män","kvinnor";VALUES[en]("kön")="men","women";DATA=\n1 2\n;'
    )
    expect(pxValues(content.keywords, 'VALUES', 'kön')).toEqual(['män', 'kvinnor'])
    expect(content.keywords.find((k) => k.language === 'en')?.values).toEqual(['men', 'women'])
    expect(content.data?.trim()).toBe('1 2')
  })

  const table = (data: string): string =>
    'TITLE="Test efter region, kön och år";STUB="region","kön";HEADING="år";' +
    'VALUES("region")="Kalmar";CODES("region")="0880";VALUES("kön")="kvinnor","män";VALUES("år")="2022","2023";' +
    `TIMEVAL("år")=TLIST(A1),"2022","2023";DATA=${data};`

  it('reads quoted ".." as missing, "-" as zero, and uses the title as measure', () => {
    const parsed = readPxFile('t.px', new TextEncoder().encode(table('1 ".."\n"-" 4.5')))
    expect(parsed.observations.map((o) => [o.measure, o.sex, o.year, o.value, o.missingSymbol])).toEqual([
      ['Test', 'women', '2022', 1, undefined],
      ['Test', 'women', '2023', null, '..'],
      ['Test', 'men', '2022', 0, undefined],
      ['Test', 'men', '2023', 4.5, undefined]
    ])
  })

  it('refuses DATA with the wrong number of values, in Swedish', () => {
    expect(() => readPxFile('t.px', new TextEncoder().encode(table('1 2 3')))).toThrow(StatisticsFileError)
    expect(() => readPxFile('t.px', new TextEncoder().encode(table('1 2 3')))).toThrow(
      /DATA har 3 värden men variablerna ger 4/
    )
  })
})
