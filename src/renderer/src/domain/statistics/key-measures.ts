import { findMunicipality } from '../regions/municipality-lookup'
import { measureKind, womenShare, type MeasureKind } from './measure-kind'
import type { SeriesCell, WideSeries } from './series'
import { sortPeriods } from './period-label'
import { hasSexSplit } from './sex-split'

/**
 * A member's key measures (nyckeltal) for its kommun: for each measure the
 * coordinator chose, the latest year in which the kommun has a value for
 * women or men — or, for a measure without a sex split, a total — with the
 * county and Riket in the same year for comparison.
 */
export interface KeyMeasureChoice {
  datasetId: string
  measure: string
}

export interface SexFigures {
  women: number | null
  men: number | null
  total: number | null
  womenShare: number | null
}

export interface KeyMeasureFigure extends KeyMeasureChoice {
  kind: MeasureKind
  /** Whether the measure is split by sex (sex-split.ts); when not, the figures' total is what is shown. */
  sexSplit: boolean
  /** Null when the kommun has no value (for women or men, or a total when not split by sex) in any year. */
  year: string | null
  municipality: SexFigures | null
  county: SexFigures | null
  country: SexFigures | null
}

function figures(kind: MeasureKind, cell: SeriesCell | undefined): SexFigures | null {
  if (!cell) return null
  return {
    women: cell.women,
    men: cell.men,
    total: cell.total,
    womenShare: womenShare(kind, cell.women, cell.men, cell.total)
  }
}

function latestYearWithValues(series: WideSeries | undefined, sexSplit: boolean): string | null {
  if (!series) return null
  const years = Object.keys(series.values).filter((year) => {
    const cell = series.values[year]
    return cell !== undefined && (sexSplit ? cell.women !== null || cell.men !== null : cell.total !== null)
  })
  return sortPeriods(years).at(-1) ?? null
}

/** `inputs` hold each chosen measure's series (at least the kommun's, its county's and Riket's: loadMeasureSeriesForRegions). */
export function keyMeasuresFor(
  municipalityCode: string,
  inputs: readonly { choice: KeyMeasureChoice; series: readonly WideSeries[] }[]
): KeyMeasureFigure[] {
  const countyCode = findMunicipality(municipalityCode)?.countyCode ?? municipalityCode.slice(0, 2)
  return inputs.map(({ choice, series }) => {
    const kind = measureKind(choice.measure)
    const ofMeasure = series.filter((s) => s.measure === choice.measure)
    const sexSplit = hasSexSplit(ofMeasure)
    const of = (code: string): WideSeries | undefined => ofMeasure.find((s) => s.regionCode === code)
    const own = of(municipalityCode)
    const year = latestYearWithValues(own, sexSplit)
    const at = (s: WideSeries | undefined): SexFigures | null => (year === null ? null : figures(kind, s?.values[year]))
    return { ...choice, kind, sexSplit, year, municipality: at(own), county: at(of(countyCode)), country: at(of('00')) }
  })
}

/** The region codes keyMeasuresFor needs for a kommun: the kommun, its county and Riket. */
export function keyMeasureRegions(municipalityCode: string): string[] {
  const countyCode = findMunicipality(municipalityCode)?.countyCode ?? municipalityCode.slice(0, 2)
  return [municipalityCode, countyCode, '00']
}
