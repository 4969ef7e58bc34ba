import { describe, expect, it } from 'vitest'
import { summarizeStatistics } from '@/domain/statistics/statistics-summary'
import type { ParsedStatistics } from '@/domain/statistics/statistics-table'
import { readStatisticsFile } from '@/io/stats/read-statistics-file'
import { fixtureBytes, observation, valueAt } from './statistics-fixture'

/**
 * The layouts coordinators download (docs/statistics.md, "Layouts"), each on
 * a file built in its service's layout by scripts/build-layout-fixtures.ts
 * (tests/fixtures/stats/layouts; the values are made up).
 */
function layout(
  name: string,
  roleOverrides?: Record<string, 'region' | 'sex' | 'year' | 'measure'>
): Promise<ParsedStatistics> {
  return readStatisticsFile(name, fixtureBytes('stats', `layouts/${name}`), undefined, { roleOverrides })
}

describe('1. long tables, CSV and xlsx', () => {
  it('reads PxWeb’s "one row per value" CSV: year as a number, thousands separators, ".." missing and "-" zero', async () => {
    const parsed = await layout('long_region_kon_ar.csv')
    const summary = summarizeStatistics(parsed)
    expect(summary).toMatchObject({
      format: 'csv',
      title: 'Folkmängd efter region, kön och år (påhittade värden)',
      measures: ['Folkmängd'],
      years: ['2023', '2024'],
      sexes: ['women', 'men']
    })
    expect(summary.regions.map((r) => r.code)).toEqual(['0880', '0885', '08', '00'])
    expect(valueAt(parsed, 'Folkmängd', '0880', '2023', 'women')).toBe(12000) // "12 000"
    expect(observation(parsed, 'Folkmängd', '0885', '2023', 'men')).toMatchObject({ value: null, missingSymbol: '..' })
    expect(valueAt(parsed, 'Folkmängd', '0885', '2024', 'women')).toBe(0) // "-"
    expect(parsed.dimensions?.map((d) => [d.key, d.role])).toEqual([
      ['column:0', 'region'],
      ['column:1', 'sex'],
      ['column:2', 'year']
    ])
  })

  it('reads a long xlsx with code and name in two columns, quarters out of order, and two value columns', async () => {
    const parsed = await layout('long_kod_namn_kvartal.xlsx')
    const summary = summarizeStatistics(parsed)
    expect(summary.format).toBe('long-xlsx')
    expect(summary.regions).toEqual([
      { code: '0880', name: 'Kalmar' },
      { code: '0861', name: 'Mönsterås' },
      { code: '08', name: 'Kalmar län' }
    ])
    expect(summary.years).toEqual(['2024K3', '2024K4', '2025K1'])
    expect(summary.measures).toEqual(['Sysselsatta', 'Sysselsättningsgrad, procent'])
    expect(valueAt(parsed, 'Sysselsatta', '0861', '2025K1', 'men')).toBe(1000 + 37 + 11 + 5)
    expect(parsed.dimensions?.[0]?.label).toBe('Kolumnen "regionkod" (kolumn A–B)')
  })
})

describe('1. long tables with codes only', () => {
  it('does not take a column of sex codes after a region code column for region names (PxWeb with "Kod" chosen)', async () => {
    const text = '"region";"kön";"år";"Värde"\n"0880";"1";2024;10\n"0880";"2";2024;11\n"0880";"1+2";2024;21\n' // made-up values
    const parsed = await readStatisticsFile('koder.csv', new TextEncoder().encode(text))
    expect(summarizeStatistics(parsed)).toMatchObject({
      regions: [{ code: '0880', name: 'Kalmar' }],
      sexes: ['women', 'men', 'total'],
      values: 3
    })
    expect(valueAt(parsed, 'koder', '0880', '2024', 'women')).toBe(11)
  })
})

describe('2. region codes in every SCB and Eurostat form', () => {
  it('reads Eurostat NUTS codes for all 21 län, SE as Riket, and NUTS 1 and 2 without a code with a warning', async () => {
    const parsed = await layout('eurostat_nuts.csv')
    const summary = summarizeStatistics(parsed)
    const codes = summary.regions.map((r) => r.code)
    expect(codes.filter((code) => code?.length === 2 && code !== '00')).toHaveLength(21)
    expect(codes).toContain('00')
    expect(summary.regions).toContainEqual({ code: null, name: 'SE11 Stockholm' })
    expect(summary.warnings.some((w) => /"SE1" är NUTS-området SE1 \(Östra Sverige\)/.test(w))).toBe(true)
    expect(summary.sexes).toEqual(['women', 'men', 'total'])
    expect(valueAt(parsed, summary.measures[0]!, '08', '2024', 'women')).toBe(1000 + 37 * 11) // SE213, the 12th geo
  })
})

describe('3. a single period as the header, and three stub columns', () => {
  it('reads region, age and sex in the stub and 2023 over the one data column', async () => {
    const parsed = await layout('pxweb_en_period_tre_stubbar.xlsx')
    const summary = summarizeStatistics(parsed)
    expect(summary.years).toEqual(['2023'])
    expect(summary.measures).toEqual(['16-19 år', '20-64 år'])
    expect(valueAt(parsed, '20-64 år', '0881', '2023', 'women')).toBe(1000 + 37 + 11 + 5)
  })
})

describe('4, 5, 7. national tables by month, with decimal commas and footnote markers', () => {
  it('reads a table without a region as Riket, keeps the months, and strips "*" with a warning', async () => {
    const parsed = await layout('riket_manader.csv')
    const summary = summarizeStatistics(parsed)
    expect(summary.regions).toEqual([{ code: '00', name: 'Riket' }])
    expect(summary.years).toEqual(['2025M09', '2025M10', '2025M11'])
    expect(summary.warnings[0]).toMatch(/ingen regionvariabel/)
    expect(summary.warnings[1]).toMatch(/Fotnotsmarkeringar efter talen togs bort: "\*" \(3 celler\)/)
    expect(valueAt(parsed, 'Arbetslösa 15-74 år', '00', '2025M11', 'men')).toBe(105.9) // "105,9*"
  })
})

describe('5, 7. PC-Axis with TIMEVAL TLIST(Q1) and its own DATASYMBOL declarations', () => {
  it('turns TLIST codes into quarters, reads a declared "---" as missing and DATASYMBOLNIL "-" as zero', async () => {
    const parsed = await layout('kvartal_datasymbol.px')
    const summary = summarizeStatistics(parsed)
    expect(summary.years).toEqual(['2024Q4', '2025Q1'])
    expect(summary.warnings).toEqual([])
    expect(observation(parsed, 'Anställda', '0880', '2024Q4', 'men')).toMatchObject({
      value: null,
      missingSymbol: '---'
    })
    expect(valueAt(parsed, 'Anställda', '0885', '2024Q4', 'women')).toBe(0)
    expect(observation(parsed, 'Anställda', '0885', '2025Q1', 'men')).toMatchObject({
      value: null,
      missingSymbol: '..'
    })
  })
})

describe('5, 6. English exports and split years', () => {
  it('reads Sweden, "Stockholm county", men/women/total and school years', async () => {
    const parsed = await layout('english_split_years.csv')
    const summary = summarizeStatistics(parsed)
    expect(summary.regions.map((r) => r.code)).toEqual(['00', '01', '08', '0880'])
    expect(summary.years).toEqual(['2022/23', '2023/24'])
    expect(summary.sexes).toEqual(['women', 'men', 'total'])
    expect(observation(parsed, 'english_split_years', '0880', '2022/23', 'men')).toMatchObject({
      value: null,
      missingSymbol: '..'
    })
  })
})

describe('8. JSON-stat 2.0', () => {
  it('reads roles, codes with labels, months, and missing values from status', async () => {
    const parsed = await layout('pxwebapi2_jsonstat.json')
    const summary = summarizeStatistics(parsed)
    expect(summary).toMatchObject({
      format: 'json-stat',
      measures: ['Inskrivna arbetslösa'],
      years: ['2025M10', '2025M11'],
      sexes: ['women', 'men']
    })
    expect(summary.regions.map((r) => r.code)).toEqual(['0880', '0885', '08', '00'])
    expect(observation(parsed, 'Inskrivna arbetslösa', '0885', '2025M10', 'women')).toMatchObject({
      value: null,
      missingSymbol: '..'
    })
    expect(valueAt(parsed, 'Inskrivna arbetslösa', '0885', '2025M11', 'men')).toBe(0) // status "-"
    expect(valueAt(parsed, 'Inskrivna arbetslösa', '00', '2025M11', 'women')).toBe(1000 + 37 * 3 + 11 + 5)
    expect(parsed.notes[0]).toMatch(/Påhittade testvärden/)
  })
})

describe('9. Kolada', () => {
  it('reads "Region Kalmar län" as the län and Riket, and keeps averages as their own rows without a code', async () => {
    const parsed = await layout('kolada_kon_regioner.xlsx')
    const summary = summarizeStatistics(parsed)
    expect(summary.regions).toEqual([
      { code: '0880', name: 'Kalmar' },
      { code: null, name: 'Alla kommuner (ovägt medel)' },
      { code: null, name: 'Kalmar läns kommuner (ovägt medel)' },
      { code: '0885', name: 'Borgholm' },
      { code: '08', name: 'Kalmar län' },
      { code: '00', name: 'Riket' }
    ])
    expect(summary.warnings.filter((w) => /medelvärde/.test(w))).toHaveLength(2)
    expect(observation(parsed, summary.measures[0]!, '0885', '2023', 'women')).toMatchObject({
      value: null,
      missingSymbol: ''
    })
  })
})

describe('choosing which column holds the time period and the region', () => {
  it('takes the user’s time column and makes the detected one part of the measure', async () => {
    const parsed = await layout('long_kod_namn_kvartal.xlsx', { 'column:2': 'measure' })
    expect(summarizeStatistics(parsed).sexes).toEqual(['total'])
    const region = await layout('long_region_kon_ar.csv', { 'column:0': 'measure' })
    expect(summarizeStatistics(region).regions).toEqual([{ code: '00', name: 'Riket' }])
    expect(summarizeStatistics(region).measures).toContain('0880 Kalmar, Folkmängd')
  })
})
