import type { ChartSeries, ChartSpec } from '../charts/chart-spec'
import { participantColors } from '../meaning-colors'
import type { ComparisonCell, MeasureComparison } from './measure-comparison'

/**
 * The measure view's two charts, as ChartSpecs for render-chart-svg.ts
 * (screen and PDF alike): women and men for a measure split by sex, the
 * total alone for one that is not (comparison.sexSplit).
 */

type CellValue = (cell: ComparisonCell | undefined) => number | null

function chartSeries(comparison: MeasureComparison, values: (pick: CellValue) => (number | null)[]): ChartSeries[] {
  if (!comparison.sexSplit)
    return [{ name: 'Totalt', values: values((cell) => cell?.total ?? null), color: participantColors.total.strong }]
  return [
    { name: 'Kvinnor', values: values((cell) => cell?.women ?? null), color: participantColors.women.strong },
    { name: 'Män', values: values((cell) => cell?.men ?? null), color: participantColors.men.strong }
  ]
}

/** One region over the periods: a line for women and one for men, or one for the total. */
export function sexOverYearsChart(comparison: MeasureComparison, regionCode: string): ChartSpec | null {
  const region = comparison.regions.find((r) => r.code === regionCode)
  if (!region) return null
  return {
    kind: 'line',
    title: `${comparison.measure}, ${region.name}`,
    categories: [...comparison.years],
    series: chartSeries(comparison, (pick) => comparison.years.map((year) => pick(region.cells[year])))
  }
}

/** Every region in one period: women and men side by side, or the total (bars). */
export function regionsInYearChart(comparison: MeasureComparison, year: string): ChartSpec {
  const regions = comparison.regions
  return {
    kind: 'bar',
    title: `${comparison.measure}, ${year}`,
    categories: regions.map((r) => r.name),
    series: chartSeries(comparison, (pick) => regions.map((r) => pick(r.cells[year]))),
    horizontal: regions.length > 8
  }
}
