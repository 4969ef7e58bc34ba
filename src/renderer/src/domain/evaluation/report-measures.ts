import type { ChartSpec } from '../charts/chart-spec'
import { findCounty } from '../county-profile'
import { findMunicipality } from '../regions/municipality-lookup'
import { regionsInYearChart } from '../statistics/measure-charts'
import { buildMeasureComparison, type MeasureComparison } from '../statistics/measure-comparison'
import type { WideSeries } from '../statistics/series'

/** One gender-split measure in a report: the member's kommun against the county and Riket, as a chart and a table. */
export interface ReportMeasure {
  measure: string
  /** The latest year the kommun (or, without one, the county) has a value for women or men; null: no figures. */
  year: string | null
  /**
   * Drawn by io/charts/render-chart-svg.ts, as on the Statistik screen, but
   * without its title: the report's heading above it says the same. Null when there are no figures.
   */
  chart: ChartSpec | null
  rows: ReportMeasureRow[]
  /** Counts have a women's share column; rates do not (measure-kind.ts). */
  showsShare: boolean
  /** Regions asked for that the data lacks, by name. */
  missing: string[]
}

export interface ReportMeasureRow {
  region: string
  women: number | null
  men: number | null
  difference: number | null
  womenShare: number | null
}

export interface ChosenMeasure {
  measure: string
  /** The measure's series, at least for the kommun, its county and Riket. */
  series: readonly WideSeries[]
}

/** The regions compared: the kommun (when the member has one), its county, Riket. */
export function reportRegions(municipalityCode: string | null, countyCode: string): string[] {
  const county = (municipalityCode && findMunicipality(municipalityCode)?.countyCode) || countyCode
  return municipalityCode ? [municipalityCode, county, '00'] : [county, '00']
}

function regionName(code: string): string {
  if (code === '00') return 'Riket'
  return findMunicipality(code)?.name ?? findCounty(code)?.name ?? code
}

function latestYear(comparison: MeasureComparison): string | null {
  const first = comparison.regions[0]
  if (!first) return null
  return comparison.years.filter((y) => first.cells[y] && (first.cells[y].women !== null || first.cells[y].men !== null)).at(-1) ?? null
}

/** Each chosen measure for the member's kommun, its county and Riket, in the latest year the kommun has figures. */
export function reportMeasures(chosen: readonly ChosenMeasure[], regions: readonly string[]): ReportMeasure[] {
  return chosen.map(({ measure, series }) => {
    const comparison = buildMeasureComparison(measure, series, regions)
    const year = comparison.regions[0]?.code === regions[0] ? latestYear(comparison) : null
    const rows = year
      ? comparison.regions.map((r) => {
          const cell = r.cells[year]
          return { region: r.name, women: cell?.women ?? null, men: cell?.men ?? null, difference: cell?.difference ?? null, womenShare: cell?.womenShare ?? null }
        })
      : []
    return {
      measure,
      year,
      chart: year ? { ...regionsInYearChart(comparison, year), title: '' } : null,
      rows,
      showsShare: comparison.showsShare,
      missing: comparison.missingRegions.map(regionName)
    }
  })
}
