import { describe, expect, it } from 'vitest'
import { summarizeStatistics } from '@/domain/statistics/statistics-summary'
import { detectDelimiter, parseCsv } from '@/io/stats/csv-grid'
import { readCsvFile } from '@/io/stats/csv-reader'
import { fixtureBytes, valueAt } from './statistics-fixture'

const education = (level: string): string => `totalt 16-74 år, ${level}`

describe('SCB PxWeb CSV: UF0506A1.csv (ISO-8859-1, comma, header row)', () => {
  const parsed = readCsvFile('UF0506A1.csv', fixtureBytes('stats', 'UF0506A1.csv'))

  it('reads 21 län with codes, women and men, one year, and the other stub columns as measure', () => {
    const summary = summarizeStatistics(parsed)
    expect(summary.format).toBe('csv')
    expect(summary.title).toBe('UF0506A1')
    expect(summary.regions).toHaveLength(21)
    expect(summary.regions[0]).toEqual({ code: '01', name: 'Stockholms län' })
    expect(summary.regions).toContainEqual({ code: '08', name: 'Kalmar län' })
    expect(summary.regions.at(-1)).toEqual({ code: '25', name: 'Norrbottens län' })
    expect(summary.sexes).toEqual(['women', 'men'])
    expect(summary.years).toEqual(['2017'])
    expect(summary.measures).toHaveLength(8)
    expect(summary.measures[0]).toBe(education('förgymnasial utbildning kortare än 9 år'))
    expect(summary.values).toBe(336)
    expect(summary.missing).toBe(0)
  })

  it('has the values of the file, with å, ä and ö decoded', () => {
    expect(valueAt(parsed, education('förgymnasial utbildning kortare än 9 år'), '01', '2017', 'men')).toBe(25559) // line 2
    expect(valueAt(parsed, education('förgymnasial utbildning kortare än 9 år'), '01', '2017', 'women')).toBe(26121) // line 3
    expect(valueAt(parsed, education('förgymnasial utbildning, 9 (10) år'), '08', '2017', 'women')).toBe(10434)
    expect(valueAt(parsed, education('uppgift om utbildningsnivå saknas'), '25', '2017', 'women')).toBe(1334) // last line
  })
})

describe('CSV variants', () => {
  it('reads Windows-1252 with semicolons, decimal commas and ".." (tests/fixtures/bad/windows-1252.csv)', () => {
    const parsed = readCsvFile('windows-1252.csv', fixtureBytes('bad', 'windows-1252.csv'))
    const summary = summarizeStatistics(parsed)
    expect(summary.regions).toEqual([
      { code: '0885', name: 'Borgholm' },
      { code: '0861', name: 'Mönsterås' },
      { code: '0840', name: 'Mörbylånga' },
      { code: '14', name: 'Västra Götalands län' }
    ])
    expect(summary.values).toBe(14)
    expect(summary.missing).toBe(2)
    expect(valueAt(parsed, 'windows-1252', '0885', '2022', 'women')).toBe(5321.5)
    expect(valueAt(parsed, 'windows-1252', '0861', '2023', 'women')).toBe(6530.25)
    expect(valueAt(parsed, 'windows-1252', '0885', '2023', 'men')).toBeNull()
  })

  it('reads tab-separated UTF-8 with a byte-order mark, a title line and a labelled value column', () => {
    const text =
      '\ufeff"Medellön efter region, kön och år"\n\n"region"\t"kön"\t"år"\t"Medellön"\n"0880 Kalmar"\t"kvinnor"\t"2023"\t38500\n"0880 Kalmar"\t"män"\t"2023"\t41200\n'
    const parsed = readCsvFile('lon.csv', new TextEncoder().encode(text))
    expect(parsed.title).toBe('Medellön efter region, kön och år')
    expect(valueAt(parsed, 'Medellön', '0880', '2023', 'men')).toBe(41200)
    expect(valueAt(parsed, 'Medellön', '0880', '2023', 'women')).toBe(38500)
  })

  it('splits fields, keeps quoted text and leading-zero codes as text', () => {
    expect(detectDelimiter('"a";"b,c";"d"\n1;2;3')).toBe(';')
    expect(detectDelimiter('a\tb\tc')).toBe('\t')
    expect(parseCsv('"x, y",0114,12,"3"\r\n"a ""b""",-1.5,,..')).toEqual([
      ['x, y', '0114', 12, '3'],
      ['a "b"', -1.5, null, '..']
    ])
  })
})
