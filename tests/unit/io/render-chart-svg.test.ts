import { describe, expect, it } from 'vitest'
import { describeChart, type ChartSpec } from '@/domain/charts/chart-spec'
import { participantColors } from '@/domain/meaning-colors'
import { renderChartSvg, svgDataUrl } from '@/io/charts/render-chart-svg'

const spec: ChartSpec = {
  kind: 'bar',
  title: 'Andel chefer, Mörbylånga',
  categories: ['2021', '2022', '2023'],
  series: [
    { name: 'Kvinnor', values: [41.5, 44, null], color: participantColors.women.strong },
    { name: 'Män', values: [58.5, 56, 53], color: participantColors.men.strong }
  ],
  unit: '%'
}

describe('chart rendering', () => {
  it('draws an SVG without a DOM, with Swedish labels, the series colours and Swedish number format', async () => {
    const svg = await renderChartSvg(spec, { width: 600, height: 300 })
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('width="600"')
    expect(svg).toContain('Andel chefer, Mörbylånga')
    expect(svg).toContain('Kvinnor')
    expect(svg).toContain('2023')
    expect(svg).toContain(participantColors.women.strong)
    expect(svg).toContain('41,5')
  })

  it('draws horizontal and line charts too', async () => {
    const line = await renderChartSvg({ ...spec, kind: 'line' })
    expect(line).toContain('<path')
    const horizontal = await renderChartSvg({
      ...spec,
      categories: ['Jämn fördelning av det obetalda hem- och omsorgsarbetet'],
      series: [{ name: 'Insatser', values: [12] }],
      horizontal: true
    })
    expect(horizontal).toContain('omsorgsarbetet')
  })

  it('describes the chart for its alt text and makes a data URL the CSP allows', () => {
    expect(describeChart(spec)).toBe(
      'Andel chefer, Mörbylånga. Diagram över 3 kategorier (Kvinnor, Män). Högsta värdet är 58,5 %. Siffrorna finns i tabellen.'
    )
    expect(svgDataUrl('<svg>å</svg>')).toBe('data:image/svg+xml;charset=utf-8,%3Csvg%3E%C3%A5%3C%2Fsvg%3E')
  })
})
