import { describe, expect, it } from 'vitest'
import type { ChartSpec } from '@/domain/charts/chart-spec'
import { chartImageUrl } from '@/stores/chart-images'

const spec: ChartSpec = {
  kind: 'bar',
  title: 'Dialoger per delmål',
  categories: ['Delmål 1', 'Delmål 2'],
  series: [{ name: 'Dialoger', values: [4, 7] }]
}

describe('chart images for screens', () => {
  it('draws the chart at the asked size as an SVG data URL an <img> can show', async () => {
    const url = await chartImageUrl(spec, { width: 760, height: 360 })
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1))
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('width="760"')
    expect(svg).toContain('Dialoger per delmål')
  })
})
