import type { ChartSpec } from '@/domain/charts/chart-spec'

/**
 * A chart drawn to SVG (the same drawing the PDF reports use) as a data URL
 * for an <img>. ECharts loads on the first chart, so the initial bundle stays
 * small; screens reach io/ through here, as the layer rule asks.
 */
export async function chartImageUrl(spec: ChartSpec, size: { width: number; height: number }): Promise<string> {
  const { renderChartSvg, svgDataUrl } = await import('@/io/charts/render-chart-svg')
  return svgDataUrl(await renderChartSvg(spec, size))
}
