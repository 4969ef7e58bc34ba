import type { SeriesCell, WideSeries } from './series'

/**
 * Whether statistics are split by sex. Most SCB and Kolada tables are not
 * (population density, area, many key measures): they have a total only.
 * A table — or one measure's series — is split when any cell has a value or
 * a missing-value symbol for women or men. Screens and documents show women
 * and men side by side when it is, and the totals when it is not.
 */
export function hasSexSplit(series: readonly Pick<WideSeries, 'values'>[]): boolean {
  return series.some((s) => Object.values(s.values).some(cellHasSexes))
}

function cellHasSexes(cell: SeriesCell): boolean {
  return (
    cell.women !== null || cell.men !== null || cell.symbols?.women !== undefined || cell.symbols?.men !== undefined
  )
}
