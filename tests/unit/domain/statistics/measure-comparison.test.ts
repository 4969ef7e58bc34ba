import { describe, expect, it } from 'vitest'
import { comparisonTsv } from '@/domain/statistics/comparison-columns'
import { defaultComparisonRegions, regionLevel } from '@/domain/statistics/default-regions'
import { keyMeasuresFor } from '@/domain/statistics/key-measures'
import { regionsInYearChart, sexOverYearsChart } from '@/domain/statistics/measure-charts'
import { buildMeasureComparison, comparisonTableRows } from '@/domain/statistics/measure-comparison'
import { measureKind, womenShare } from '@/domain/statistics/measure-kind'
import { buildWideSeries, type WideSeries } from '@/domain/statistics/series'
import { useFixture } from '../../io/stats/statistics-fixture'

describe('the measure kind and the share rule', () => {
  it('takes counts from names without a unit, and rates from %, per, slash units, averages and amounts', () => {
    for (const count of [
      'Folkmängd',
      'Sysselsatta',
      'Antal anmälda brott',
      'Folkökning, ogifta, 45-54 år',
      'totalt 16-74 år, gymnasial utbildning, 3 år'
    ])
      expect(measureKind(count), count).toBe('count')
    for (const rate of [
      'Invånare per kvadratkilometer',
      'Bilväg i kommunen, total, meter/inv.',
      'Genomsnittlig körsträcka med personbil, mil/inv',
      'Medborgarundersökningen - Trafiksäkerheten på gator och bilvägar, andel nöjda (%)',
      'Medelinkomst, tkr',
      'Sysselsättningsgrad',
      'Ohälsotal, dagar'
    ])
      expect(measureKind(rate), rate).toBe('rate')
  })

  it('gives women’s share of the total only for counts, from the total when there is one', () => {
    expect(womenShare('count', 30, 70, null)).toBe(30)
    expect(womenShare('count', 30, 60, 120)).toBe(25) // the total includes people of unknown sex
    expect(womenShare('rate', 30, 70, 100)).toBeNull()
    expect(womenShare('count', null, 70, 100)).toBeNull()
    expect(womenShare('count', -1, -28, -29)).toBeNull()
    expect(womenShare('count', 0, 0, 0)).toBeNull()
  })
})

describe('comparing regions for one measure (pxweb_region_kon_ar.xlsx)', () => {
  const parsed = useFixture('stats', 'pxweb_region_kon_ar.xlsx')
  const series = (): WideSeries[] => buildWideSeries(parsed().observations)

  it('by default compares the county’s kommuner in Swedish order, the county and Riket', () => {
    const codes = defaultComparisonRegions('08')
    expect(codes).toHaveLength(12 + 2)
    expect(codes.slice(0, 3)).toEqual(['0885', '0862', '0860']) // Borgholm, Emmaboda, Hultsfred
    expect(codes.slice(-4)).toEqual(['0884', '0883', '08', '00']) // … Vimmerby, Västervik, Kalmar län, Riket
  })

  it('puts women and men side by side with total, difference and share, and keeps missing values with their symbols', () => {
    const comparison = buildMeasureComparison('Folkmängd', series(), defaultComparisonRegions('08'))
    expect(comparison).toMatchObject({ kind: 'count', showsShare: true, years: ['2021', '2022', '2023'] })
    expect(comparison.regions.map((r) => r.code)).toEqual(['0885', '0862', '0880', '0861', '08', '00'])
    expect(comparison.missingRegions).toHaveLength(8)
    const kalmar = comparison.regions.find((r) => r.code === '0880')!
    expect(kalmar.cells['2023']).toMatchObject({ women: 1098, men: 1096, total: 2194, difference: 2 })
    expect(kalmar.cells['2023']?.womenShare).toBeCloseTo(50.046, 3)
    const borgholm = comparison.regions.find((r) => r.code === '0885')!
    expect(borgholm.cells['2021']).toEqual({
      women: null,
      men: 1111,
      total: null,
      difference: null,
      womenShare: null,
      symbols: { women: '..', total: '..' }
    })
    expect(comparisonTableRows(comparison)).toHaveLength(6 * 3)
    expect(regionLevel('0880')).toBe('municipality')
    expect(regionLevel('08')).toBe('county')
    expect(regionLevel('00')).toBe('country')
  })

  it('copies as TSV with Swedish decimals and the file’s missing symbols', () => {
    const comparison = buildMeasureComparison('Folkmängd', series(), ['0885', '0880'])
    const lines = comparisonTsv(comparison).split('\n')
    expect(lines[0]).toBe('Folkmängd')
    expect(lines[1]).toBe('Region\tRegionkod\tÅr\tKvinnor\tMän\tTotalt\tSkillnad (kvinnor − män)\tKvinnors andel (%)')
    expect(lines[2]).toBe('Borgholm\t0885\t2021\t..\t1111\t..\t\t')
    expect(lines).toContain('Kalmar\t0880\t2023\t1098\t1096\t2194\t2\t50')
    expect(lines.find((l) => l.startsWith('Kalmar\t0880\t2021'))).toBe('Kalmar\t0880\t2021\t1072\t1074\t2146\t-2\t50')
  })

  it('draws women vs men over the years for one region, and regions side by side for one year', () => {
    const comparison = buildMeasureComparison('Folkmängd', series(), ['0880', '08', '00'])
    expect(sexOverYearsChart(comparison, '0880')).toMatchObject({
      kind: 'line',
      title: 'Folkmängd, Kalmar',
      categories: ['2021', '2022', '2023'],
      series: [
        { name: 'Kvinnor', values: [1072, 1085, 1098] },
        { name: 'Män', values: [1074, 1085, 1096] }
      ]
    })
    expect(sexOverYearsChart(comparison, '0999')).toBeNull()
    expect(regionsInYearChart(comparison, '2023')).toMatchObject({
      kind: 'bar',
      categories: ['Kalmar', 'Kalmar län', 'Riket'],
      series: [
        { name: 'Kvinnor', values: [1098, 1057, 1016] },
        { name: 'Män', values: [1096, 1059, 1022] }
      ]
    })
  })

  it('shows only the difference for a rate', () => {
    const rate = series().map((s) => ({ ...s, measure: 'Andel med eftergymnasial utbildning (%)' }))
    const comparison = buildMeasureComparison('Andel med eftergymnasial utbildning (%)', rate, ['0880'])
    expect(comparison.showsShare).toBe(false)
    expect(comparison.regions[0]?.cells['2023']).toMatchObject({ difference: 2, womenShare: null })
    expect(comparisonTsv(comparison).split('\n')[1]).not.toContain('andel')
  })
})

describe('key measures for a member’s kommun', () => {
  const parsed = useFixture('stats', 'pxweb_region_kon_ar.xlsx')

  it('takes the latest year with women or men for the kommun, and the county and Riket in that year', () => {
    const series = buildWideSeries(parsed().observations)
    const [emmaboda] = keyMeasuresFor('0862', [{ choice: { datasetId: 'd1', measure: 'Folkmängd' }, series }])
    expect(emmaboda).toMatchObject({ datasetId: 'd1', measure: 'Folkmängd', kind: 'count', year: '2023' })
    expect(emmaboda?.municipality).toMatchObject({ men: 0 }) // SCB's "-": nothing to report
    expect(emmaboda?.county).toMatchObject({ women: 1057, men: 1059, total: 2116 })
    expect(emmaboda?.country).toMatchObject({ women: 1016, men: 1022, total: 2038 })
    const [absent] = keyMeasuresFor('0880', [{ choice: { datasetId: 'd1', measure: 'Medellön' }, series }])
    expect(absent).toMatchObject({ year: null, municipality: null, county: null, country: null })
  })
})
