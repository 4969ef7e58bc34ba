import { countWith } from '../swedish-format'

/**
 * What a chart shows, independent of how it is drawn. The same spec is drawn
 * to SVG for the screen and for PDF reports, so both always agree.
 */
export interface ChartSeries {
  name: string
  values: (number | null)[]
  /** Optional fixed colour; otherwise the palette decides. */
  color?: string
}

export interface ChartSpec {
  kind: 'bar' | 'line' | 'stackedBar'
  title: string
  /** Category labels along the x axis (years, delmål, months …). */
  categories: string[]
  series: ChartSeries[]
  /** Shown on the value axis, e.g. "antal" or "%". */
  unit?: string
  /** Horizontal bars for long category names (delmål). */
  horizontal?: boolean
}

/** A default palette with enough contrast against white for graphical objects (WCAG 1.4.11). */
export const chartPalette = [
  '#1d4f7c',
  '#8c2d6b',
  '#2f7d32',
  '#a35a00',
  '#5b3fa0',
  '#00707a',
  '#8a4b2a',
  '#5b6770'
] as const

/** One sentence describing the chart for its alt text: what it shows and its largest value. */
export function describeChart(spec: ChartSpec): string {
  const values = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null))
  const max = values.length > 0 ? Math.max(...values) : null
  const series = spec.series.map((s) => s.name).join(', ')
  return `${spec.title}. Diagram över ${countWith(spec.categories.length, { one: 'kategori', many: 'kategorier' })} (${series}).${
    max !== null
      ? ` Högsta värdet är ${max.toLocaleString('sv-SE')}${spec.unit ? ` ${spec.unit}` : ''}.`
      : ' Inga värden.'
  } Siffrorna finns i tabellen.`
}
