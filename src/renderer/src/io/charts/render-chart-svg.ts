import { chartPalette, type ChartSpec } from '@/domain/charts/chart-spec'

type EChartsCore = typeof import('echarts/core')

let loaded: Promise<EChartsCore> | null = null

/** ECharts with only what Kugghjul draws, loaded on first use (it is large) and set up for server-side SVG. */
function loadECharts(): Promise<EChartsCore> {
  loaded ??= (async () => {
    const [core, charts, components, renderers] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers')
    ])
    core.use([
      charts.BarChart,
      charts.LineChart,
      components.GridComponent,
      components.LegendComponent,
      components.TitleComponent,
      renderers.SVGRenderer
    ])
    return core
  })()
  return loaded
}

const FONT = 'DejaVu Sans, Segoe UI, Arial, sans-serif'

function formatValue(value: number): string {
  return new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(value)
}

/**
 * Draws a chart to an SVG string without a DOM (ECharts' SSR mode), so the
 * same code serves the screen (as an <img>) and the PDF reports (pdfmake svg).
 */
export async function renderChartSvg(
  spec: ChartSpec,
  size: { width: number; height: number } = { width: 640, height: 320 }
): Promise<string> {
  const echarts = await loadECharts()
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
    locale: 'EN'
  })
  const unit = spec.unit ? ` ${spec.unit}` : ''
  const allWhole = spec.series.every((s) => s.values.every((v) => v === null || Number.isInteger(v)))
  const valueAxis = {
    type: 'value' as const,
    minInterval: allWhole ? 1 : 0,
    axisLabel: { formatter: (v: number) => `${formatValue(v)}${unit}`, color: '#1f2328' }
  }
  const categoryAxis = {
    type: 'category' as const,
    data: spec.categories,
    axisLabel: {
      color: '#1f2328',
      width: spec.horizontal ? 180 : 90,
      overflow: 'break' as const,
      lineHeight: 13,
      fontSize: 11
    }
  }
  chart.setOption({
    animation: false,
    color: [...chartPalette],
    textStyle: { fontFamily: FONT, color: '#1f2328' },
    title: { text: spec.title, left: 0, top: 6, textStyle: { fontSize: 14, fontWeight: 'bold', color: '#1f2328' } },
    // A single series (a table's totals) needs no legend: the title says what it shows.
    legend: { show: spec.series.length > 1, top: 34, left: 0, textStyle: { color: '#1f2328' } },
    grid: { top: spec.series.length > 1 ? 72 : 48, left: spec.horizontal ? 190 : 64, right: 24, bottom: 36 },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: spec.series.map((s) => ({
      name: s.name,
      type: spec.kind === 'line' ? 'line' : 'bar',
      stack: spec.kind === 'stackedBar' ? 'total' : undefined,
      data: s.values,
      connectNulls: false,
      ...(s.color ? { itemStyle: { color: s.color }, lineStyle: { color: s.color } } : {}),
      label:
        spec.kind === 'stackedBar'
          ? undefined
          : {
              show: spec.categories.length * spec.series.length <= 24,
              position: spec.horizontal ? 'right' : 'top',
              formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? formatValue(p.value) : ''),
              color: '#1f2328',
              fontSize: 10
            }
    }))
  })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

/** An SVG string as a data: URL for an <img>, which the strict CSP allows and which keeps its styles. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
