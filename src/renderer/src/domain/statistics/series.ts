import type { Observation, Sex } from './statistics-table'

/**
 * Wide records (DESIGN.md, "Data"): one Series per dataset × measure ×
 * region, holding every year's value for women, men and total. A missing
 * value is null with the file's symbol in `symbols` ('..', '.', '-', or ''
 * for an empty cell); null without a symbol means the file had no such cell
 * (e.g. a table of women and men only has no total).
 */
export interface SeriesCell {
  women: number | null
  men: number | null
  total: number | null
  symbols?: Partial<Record<Sex, string>>
}

/** Year (as the file writes the period: "2023", "2023M01") → values. */
export type SeriesValues = Record<string, SeriesCell>

export interface WideSeries {
  measure: string
  /** SCB code ('00' Riket, 2-digit län, 4-digit kommun); '' when the file's region could not be matched to one. */
  regionCode: string
  regionName: string
  values: SeriesValues
}

export interface SeriesCounts {
  series: number
  /** Cells with a number. */
  values: number
  /** Cells the file marked as missing ('..', '.', '-', empty). */
  missing: number
}

function emptyCell(): SeriesCell {
  return { women: null, men: null, total: null }
}

/** Long-form observations → wide series, in the order the file first names each measure × region. */
export function buildWideSeries(observations: readonly Observation[]): WideSeries[] {
  const byKey = new Map<string, WideSeries>()
  for (const o of observations) {
    const code = o.region.code ?? ''
    const key = `${o.measure}\u0001${code}\u0001${code ? '' : o.region.name}`
    let series = byKey.get(key)
    if (!series)
      byKey.set(key, (series = { measure: o.measure, regionCode: code, regionName: o.region.name, values: {} }))
    const cell = (series.values[o.year] ??= emptyCell())
    cell[o.sex] = o.value
    if (o.value === null) (cell.symbols ??= {})[o.sex] = o.missingSymbol ?? ''
  }
  return [...byKey.values()]
}

export function countSeriesCells(series: readonly WideSeries[]): SeriesCounts {
  let values = 0
  let missing = 0
  for (const s of series) {
    for (const cell of Object.values(s.values)) {
      if (cell.women !== null) values++
      if (cell.men !== null) values++
      if (cell.total !== null) values++
      if (cell.symbols) missing += Object.keys(cell.symbols).length
    }
  }
  return { series: series.length, values, missing }
}

/** The value of one cell, or undefined when the series has no such year. */
export function seriesValue(series: WideSeries, year: string, sex: Sex): number | null | undefined {
  return series.values[year]?.[sex]
}
