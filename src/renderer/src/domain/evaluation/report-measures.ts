import type { ChartSpec } from '../charts/chart-spec'
import { findCounty } from '../county-profile'
import { findMunicipality } from '../regions/municipality-lookup'
import { regionsInYearChart } from '../statistics/measure-charts'
import { buildMeasureComparison, type MeasureComparison } from '../statistics/measure-comparison'
import type { WideSeries } from '../statistics/series'

/**
 * One measure in a report: the member's kommun against the county and Riket,
 * as a chart and a table — women and men, or the totals for a measure
 * without a sex split (sex-split.ts).
 */
export interface ReportMeasure {
  measure: string
  /** Whether the measure is split by sex; when not, the rows' totals are what is printed. */
  sexSplit: boolean
  /** The latest year the kommun (or, without one, the county) has a value for women or men (a total when not split); null: no figures. */
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
  total: number | null
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
  const hasValue = (y: string): boolean => {
    const cell = first.cells[y]
    return cell !== undefined && (comparison.sexSplit ? cell.women !== null || cell.men !== null : cell.total !== null)
  }
  return comparison.years.filter(hasValue).at(-1) ?? null
}

/** Each chosen measure for the member's kommun, its county and Riket, in the latest year the kommun has figures. */
export function reportMeasures(chosen: readonly ChosenMeasure[], regions: readonly string[]): ReportMeasure[] {
  return chosen.map(({ measure, series }) => {
    const comparison = buildMeasureComparison(measure, series, regions)
    const year = comparison.regions[0]?.code === regions[0] ? latestYear(comparison) : null
    const rows = year
      ? comparison.regions.map((r) => {
          const cell = r.cells[year]
          return {
            region: r.name,
            women: cell?.women ?? null,
            men: cell?.men ?? null,
            total: cell?.total ?? null,
            difference: cell?.difference ?? null,
            womenShare: cell?.womenShare ?? null
          }
        })
      : []
    return {
      measure,
      sexSplit: comparison.sexSplit,
      year,
      chart: year ? { ...regionsInYearChart(comparison, year), title: '' } : null,
      rows,
      showsShare: comparison.showsShare,
      missing: comparison.missingRegions.map(regionName)
    }
  })
}
