import type { MeasureComparison } from './measure-comparison'
import { periodNoun } from './period-label'

/**
 * The measure view's table for a measure without a sex split (sex-split.ts):
 * one value per region and period, so the periods are the columns and each
 * region is one row of totals. A value the file marked missing is its symbol
 * (".."), a period the region's series lacks is null.
 */
export interface TotalsTable {
  /** "År", "Månad", … for the periods' heading. */
  periodNoun: string
  periods: string[]
  rows: { code: string; name: string; totals: (number | string | null)[] }[]
}

export function totalsTable(comparison: MeasureComparison): TotalsTable {
  return {
    periodNoun: periodNoun(comparison.years),
    periods: [...comparison.years],
    rows: comparison.regions.map((region) => ({
      code: region.code,
      name: region.name,
      totals: comparison.years.map((year) => {
        const cell = region.cells[year]
        return cell ? (cell.total ?? cell.symbols.total ?? null) : null
      })
    }))
  }
}
