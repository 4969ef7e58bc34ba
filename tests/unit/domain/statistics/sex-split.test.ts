import { describe, expect, it } from 'vitest'
import { comparisonColumns, comparisonTsv } from '@/domain/statistics/comparison-columns'
import { keyMeasuresFor } from '@/domain/statistics/key-measures'
import { regionsInYearChart, sexOverYearsChart } from '@/domain/statistics/measure-charts'
import { buildMeasureComparison } from '@/domain/statistics/measure-comparison'
import { periodNoun } from '@/domain/statistics/period-label'
import { buildWideSeries, type WideSeries } from '@/domain/statistics/series'
import { hasSexSplit } from '@/domain/statistics/sex-split'
import { totalsTable } from '@/domain/statistics/totals-table'
import { useFixture } from '../../io/stats/statistics-fixture'

/** Values looked up with `npm run --silent inspect-stats -- tests/fixtures/stats/<file> --long`. */
describe('whether a table is split by sex', () => {
  const density = useFixture('stats', 'scb_befolkningstathet.xlsx')
  const bySex = useFixture('stats', 'pxweb_region_kon_ar.xlsx')

  it('is not for SCB’s population density (totals only), and is for a table of women and men', () => {
    expect(hasSexSplit(buildWideSeries(density().observations))).toBe(false)
    expect(hasSexSplit(buildWideSeries(bySex().observations))).toBe(true)
  })

  it('counts a women’s or men’s value the file marked missing as a split, and nothing as none', () => {
    const onlyMissingWomen: WideSeries = {
      measure: 'M',
      regionCode: '0880',
      regionName: 'Kalmar',
      values: { '2023': { women: null, men: null, total: 5, symbols: { women: '..' } } }
    }
    expect(hasSexSplit([onlyMissingWomen])).toBe(true)
    expect(hasSexSplit([{ ...onlyMissingWomen, values: { '2023': { women: null, men: null, total: 5 } } }])).toBe(false)
    expect(hasSexSplit([])).toBe(false)
  })

  it('names the periods for headings and labels by their kind', () => {
    expect(periodNoun(['2022', '2023'])).toBe('År')
    expect(periodNoun(['2025M10', '2025M11'])).toBe('Månad')
    expect(periodNoun(['2024K4', '2025Q1'])).toBe('Kvartal')
    expect(periodNoun(['2025H1'])).toBe('Halvår')
    expect(periodNoun(['2022/23', '2023/24'])).toBe('Period')
    expect(periodNoun(['2024', '2025M01'])).toBe('Period')
  })
})

describe('a measure without a sex split (scb_befolkningstathet.xlsx, be0101_tabhel2023.xlsx)', () => {
  const density = useFixture('stats', 'scb_befolkningstathet.xlsx')
  const population = useFixture('stats', 'be0101_tabhel2023.xlsx')
  const measure = 'Invånare per kvadratkilometer'

  it('shows the totals with the periods as columns, one row per region', () => {
    const comparison = buildMeasureComparison(measure, buildWideSeries(density().observations), ['0880', '0885', '08'])
    expect(comparison).toMatchObject({ sexSplit: false, showsShare: false, missingRegions: ['08'] })
    const table = totalsTable(comparison)
    expect(table.periodNoun).toBe('År')
    expect(table.periods).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022'])
    expect(table.rows.map((r) => r.name)).toEqual(['Kalmar', 'Borgholm'])
    expect(table.rows[0]?.totals).toEqual([68.7, 69.6, 70.5, 71.7, 72.7, 73.6, 74.6, 75.3])
  })

  it('copies and exports region, period and total only: no empty women and men columns', () => {
    const comparison = buildMeasureComparison(measure, buildWideSeries(density().observations), ['0880'])
    expect(comparisonColumns(comparison).map((c) => c.header)).toEqual(['Region', 'Regionkod', 'År', 'Totalt'])
    const lines = comparisonTsv(comparison).split('\n')
    expect(lines[1]).toBe('Region\tRegionkod\tÅr\tTotalt')
    expect(lines[2]).toBe('Kalmar\t0880\t2015\t68,7')
  })

  it('charts the total (one series, not Kvinnor and Män)', () => {
    const comparison = buildMeasureComparison(measure, buildWideSeries(density().observations), ['0880', '0885'])
    expect(regionsInYearChart(comparison, '2022')).toMatchObject({
      categories: ['Kalmar', 'Borgholm'],
      series: [{ name: 'Totalt', values: [75.3, expect.any(Number)] }]
    })
    expect(regionsInYearChart(comparison, '2022').series).toHaveLength(1)
    const line = sexOverYearsChart(comparison, '0880')
    expect(line?.series.map((s) => s.name)).toEqual(['Totalt'])
    expect(line?.series[0]?.values).toEqual([68.7, 69.6, 70.5, 71.7, 72.7, 73.6, 74.6, 75.3])
  })

  it('is a key measure: the kommun’s, the county’s and Riket’s totals in the latest year', () => {
    const series = buildWideSeries(population().observations)
    const [kalmar] = keyMeasuresFor('0880', [{ choice: { datasetId: 'd1', measure: 'Folkmängd' }, series }])
    expect(kalmar).toMatchObject({ sexSplit: false, year: '2023', kind: 'count' })
    expect(kalmar?.municipality).toMatchObject({ women: null, men: null, total: 72304, womenShare: null })
    expect(kalmar?.county?.total).toBe(246667)
    expect(kalmar?.country?.total).toBe(10551707)
  })
})
