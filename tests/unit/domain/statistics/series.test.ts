import { describe, expect, it } from 'vitest'
import { buildImportPreview } from '@/domain/statistics/import-preview'
import { buildWideSeries, countSeriesCells, seriesValue } from '@/domain/statistics/series'
import type { Observation } from '@/domain/statistics/statistics-table'
import { useFixture } from '../../io/stats/statistics-fixture'

describe('wide series from real files', () => {
  const px = useFixture('stats', 'BE0101N1.px')
  const csv = useFixture('stats', 'UF0506A1.csv')
  const kommuner = useFixture('stats', 'pxweb_kon_i_rubrik.xlsx')

  it('puts women, men and total of a year side by side (BE0101N1.px, as `inspect-stats --long` shows)', () => {
    const series = buildWideSeries(px().observations)
    expect(series).toHaveLength(16) // 8 measures × 2 kommuner
    const vasby = series.find((s) => s.measure === 'Folkökning, ogifta, 45-54 år' && s.regionCode === '0114')!
    expect(vasby.regionName).toBe('Upplands Väsby')
    expect(seriesValue(vasby, '2020', 'men')).toBe(-1)
    expect(seriesValue(vasby, '2021', 'men')).toBe(-28)
    // The file has no total: null without a symbol, which is "not in the file", not "missing".
    expect(vasby.values['2021']?.total).toBeNull()
    expect(vasby.values['2021']?.symbols).toBeUndefined()
    expect(countSeriesCells(series)).toEqual({ series: 16, values: 64, missing: 0 })
  })

  it('reads SCB sex codes in the header into the same shape (pxweb_kon_i_rubrik.xlsx)', () => {
    const series = buildWideSeries(kommuner().observations)
    const riket = series.find((s) => s.regionCode === '00')!
    expect(riket.values).toEqual({
      '2022': { women: 990, men: 1000, total: 1990 },
      '2023': { women: 1003, men: 1011, total: 2014 }
    })
  })

  it('keeps län from a CSV apart per measure (UF0506A1.csv)', () => {
    const series = buildWideSeries(csv().observations)
    expect(series).toHaveLength(8 * 21)
    const stockholm = series.find(
      (s) => s.regionCode === '01' && s.measure === 'totalt 16-74 år, förgymnasial utbildning kortare än 9 år'
    )!
    expect(stockholm.values['2017']).toEqual({ women: 26121, men: 25559, total: null })
  })

  it('keeps a missing value as null with its symbol, and an empty cell as the symbol ""', () => {
    const observations: Observation[] = [
      {
        measure: 'M',
        region: { code: '0880', name: 'Kalmar' },
        year: '2023',
        sex: 'women',
        value: null,
        missingSymbol: '..'
      },
      { measure: 'M', region: { code: '0880', name: 'Kalmar' }, year: '2023', sex: 'men', value: 5 },
      {
        measure: 'M',
        region: { code: null, name: 'Länets kommuner (ovägt medel)' },
        year: '2023',
        sex: 'total',
        value: null
      }
    ]
    const [kalmar, aggregate] = buildWideSeries(observations)
    expect(kalmar?.values['2023']).toEqual({ women: null, men: 5, total: null, symbols: { women: '..' } })
    expect(aggregate).toMatchObject({
      regionCode: '',
      regionName: 'Länets kommuner (ovägt medel)',
      values: { '2023': { total: null, symbols: { total: '' } } }
    })
    expect(countSeriesCells([kalmar!, aggregate!])).toEqual({ series: 2, values: 1, missing: 2 })
  })
})

describe('the import preview', () => {
  const kolada = useFixture('stats', 'Kolada_3.xlsx')

  it('lists what was understood, what was not matched, and the first rows', () => {
    const parsed = kolada()
    const preview = buildImportPreview(parsed, buildWideSeries(parsed.observations))
    expect(preview).toMatchObject({
      format: 'kolada-xlsx',
      source: 'Kolada',
      years: ['2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019'],
      sexes: ['total']
    })
    expect(preview.measures).toHaveLength(5)
    expect(preview.regions.unmatched).toEqual([{ code: null, name: 'Stockholms läns kommuner (ovägt medel)' }])
    expect(preview.regions.found).toHaveLength(26)
    expect(preview.values + preview.missing).toBe(parsed.observations.length)
    expect(preview.series).toBe(5 * 27)
    expect(preview.firstRows).toEqual(parsed.observations.slice(0, 20))
    expect(preview.warnings.some((w) => w.includes('Stockholms läns kommuner (ovägt medel)'))).toBe(true)
    expect(preview.dimensions.find((d) => d.key === 'stub:1')?.certainty).toBe('unsure')
  })
})
