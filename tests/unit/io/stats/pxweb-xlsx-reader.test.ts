import { describe, expect, it } from 'vitest'
import { summarizeStatistics } from '@/domain/statistics/statistics-summary'
import { observation, useFixture, valueAt } from './statistics-fixture'

describe('SCB PxWeb xlsx (ClosedXML, x: prefixes): scb_befolkningstathet.xlsx', () => {
  const parsed = useFixture('stats', 'scb_befolkningstathet.xlsx')

  it('reads title, measure, 290 kommuner, 8 years and no sex split', () => {
    const summary = summarizeStatistics(parsed())
    expect(summary.format).toBe('pxweb-xlsx')
    expect(summary.title).toBe('Invånare per kvadratkilometer efter region och år')
    expect(summary.measures).toEqual(['Invånare per kvadratkilometer'])
    expect(summary.regions).toHaveLength(290)
    expect(summary.regions[0]).toEqual({ code: '0114', name: 'Upplands Väsby' })
    expect(summary.regions.at(-1)).toEqual({ code: '2584', name: 'Kiruna' })
    expect(summary.years).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022'])
    expect(summary.sexes).toEqual(['total'])
    expect(summary.values).toBe(2320)
    expect(summary.missing).toBe(0)
    expect(summary.warnings).toEqual([])
  })

  it('has the values of the file in the right cells', () => {
    const m = 'Invånare per kvadratkilometer'
    expect(valueAt(parsed(), m, '0114', '2015', 'total')).toBe(568.7) // B4
    expect(valueAt(parsed(), m, '0114', '2022', 'total')).toBe(656.8) // I4
    expect(valueAt(parsed(), m, '0331', '2019', 'total')).toBe(12) // F33, stored as an integer
    expect(valueAt(parsed(), m, '0880', '2020', 'total')).toBe(73.6) // G87
    expect(valueAt(parsed(), m, '2584', '2018', 'total')).toBe(1.2) // E293
  })

  it('keeps the footnotes and the source as notes', () => {
    expect(parsed().source).toBe('SCB')
    expect(parsed().notes).toContain('Intern referenskod:')
    expect(parsed().notes.some((note) => note.includes('Knivsta kommun (0330)'))).toBe(true)
  })
})

describe('generated PxWeb xlsx with kön as second stub column: pxweb_region_kon_ar.xlsx', () => {
  const parsed = useFixture('stats', 'pxweb_region_kon_ar.xlsx')

  it('fills the region down over its kön rows and recognises Riket, län and kommuner', () => {
    const summary = summarizeStatistics(parsed())
    expect(summary.regions).toEqual([
      { code: '00', name: 'Riket' },
      { code: '08', name: 'Kalmar län' },
      { code: '0880', name: 'Kalmar' },
      { code: '0885', name: 'Borgholm' },
      { code: '0862', name: 'Emmaboda' },
      { code: '0861', name: 'Mönsterås' }
    ])
    expect(summary.sexes).toEqual(['women', 'men', 'total'])
    expect(summary.years).toEqual(['2021', '2022', '2023'])
    expect(summary.values).toBe(52)
    expect(summary.missing).toBe(2)
  })

  it('puts each value under its region, sex and year', () => {
    expect(valueAt(parsed(), 'Folkmängd', '00', '2021', 'men')).toBe(1000) // C4
    expect(valueAt(parsed(), 'Folkmängd', '08', '2022', 'women')).toBe(1044) // D8
    expect(valueAt(parsed(), 'Folkmängd', '0880', '2023', 'total')).toBe(2194) // E12
    expect(valueAt(parsed(), 'Folkmängd', '0861', '2023', 'women')).toBe(1221) // E20
  })

  it('keeps missing values as null with their symbol', () => {
    expect(observation(parsed(), 'Folkmängd', '0885', '2021', 'women')).toMatchObject({
      value: null,
      missingSymbol: '..'
    })
    expect(observation(parsed(), 'Folkmängd', '0862', '2023', 'men')).toEqual(expect.objectContaining({ value: 0 })) // "-" is SCB's zero
    expect(observation(parsed(), 'Folkmängd', '0862', '2023', 'men')).not.toHaveProperty('missingSymbol')
    expect(valueAt(parsed(), 'Folkmängd', '0885', '2022', 'women')).toBe(1126) // D14
  })

  it('says in its notes that the values are made up', () => {
    expect(parsed().notes.join(' ')).toMatch(/påhittade/)
  })
})

describe('generated PxWeb xlsx with years and SCB sex codes in two header rows: pxweb_kon_i_rubrik.xlsx', () => {
  const parsed = useFixture('stats', 'pxweb_kon_i_rubrik.xlsx')

  it('reads codes 1, 2 and 1+2 under each year, from an unnumbered sheet part', () => {
    const summary = summarizeStatistics(parsed())
    expect(summary.regions.map((r) => r.code)).toEqual(['00', '0880', '0881', '0834'])
    expect(summary.years).toEqual(['2022', '2023'])
    expect(summary.sexes).toEqual(['women', 'men', 'total'])
    expect(summary.values).toBe(24)
    expect(valueAt(parsed(), 'Sysselsatta', '00', '2022', 'men')).toBe(1000) // B5
    expect(valueAt(parsed(), 'Sysselsatta', '0880', '2022', 'women')).toBe(1031) // C6
    expect(valueAt(parsed(), 'Sysselsatta', '0834', '2023', 'total')).toBe(2248) // G8
  })
})
