import { sexColors, type ChartSpec } from '../charts/chart-spec'
import type { MeasureComparison } from './measure-comparison'

/** The measure view's two charts, as ChartSpecs for render-chart-svg.ts (screen and PDF alike). */

/** Women and men over the years for one region (a line each). */
export function sexOverYearsChart(comparison: MeasureComparison, regionCode: string): ChartSpec | null {
  const region = comparison.regions.find((r) => r.code === regionCode)
  if (!region) return null
  const values = (sex: 'women' | 'men'): (number | null)[] => comparison.years.map((year) => region.cells[year]?.[sex] ?? null)
  return {
    kind: 'line',
    title: `${comparison.measure}, ${region.name}`,
    categories: [...comparison.years],
    series: [
      { name: 'Kvinnor', values: values('women'), color: sexColors.women },
      { name: 'Män', values: values('men'), color: sexColors.men }
    ]
  }
}

/** Women and men side by side for every region in one year (bars). */
export function regionsInYearChart(comparison: MeasureComparison, year: string): ChartSpec {
  const regions = comparison.regions
  return {
    kind: 'bar',
    title: `${comparison.measure}, ${year}`,
    categories: regions.map((r) => r.name),
    series: [
      { name: 'Kvinnor', values: regions.map((r) => r.cells[year]?.women ?? null), color: sexColors.women },
      { name: 'Män', values: regions.map((r) => r.cells[year]?.men ?? null), color: sexColors.men }
    ],
    horizontal: regions.length > 8
  }
}
