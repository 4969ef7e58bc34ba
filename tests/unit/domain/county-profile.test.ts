import { describe, expect, it } from 'vitest'
import {
  emptyCountyProfile,
  imageTypeOf,
  logoProblem,
  suggestStrategyName,
  validateCountyProfile,
  withProfileDefaults,
  type CountyProfile
} from '@/domain/county-profile'
import { counties } from '@/domain/regions/counties'
import { municipalities } from '@/domain/regions/municipalities'

function kalmar(overrides: Partial<CountyProfile> = {}): CountyProfile {
  return {
    ...emptyCountyProfile(),
    countyCode: '08',
    strategyName: 'Ett jämställt Kalmar län',
    strategyStartYear: 2023,
    strategyEndYear: 2027,
    focusAreas: [
      { id: 'a', name: 'Ekonomisk jämställdhet och jämställd arbetsmarknad' },
      { id: 'b', name: 'Jämställd hälsa' }
    ],
    ...overrides
  }
}

describe('county profile', () => {
  it('accepts a complete Kalmar profile', () => {
    expect(validateCountyProfile(kalmar())).toEqual({})
  })

  it('requires a county, a strategy name and sensible years', () => {
    const errors = validateCountyProfile(
      kalmar({ countyCode: '99', strategyName: '  ', strategyStartYear: 2027, strategyEndYear: 2023 })
    )
    expect(errors.countyCode).toMatch(/Välj vilket län/)
    expect(errors.strategyName).toMatch(/Ange strategins namn/)
    expect(errors.strategyEndYear).toBe('Slutåret kan inte ligga före startåret.')
  })

  it('rejects a year that is not a whole number', () => {
    expect(validateCountyProfile(kalmar({ strategyStartYear: Number.NaN })).strategyStartYear).toMatch(/årtal/)
    expect(validateCountyProfile(kalmar({ strategyEndYear: 1850 })).strategyEndYear).toMatch(/mellan 2000 och 2100/)
  })

  it('refuses empty and duplicate focus areas, ignoring case', () => {
    expect(validateCountyProfile(kalmar({ focusAreas: [{ id: 'x', name: '' }] })).focusAreas).toMatch(/tomma raden/)
    const dup = kalmar({
      focusAreas: [
        { id: 'x', name: 'Jämställd hälsa' },
        { id: 'y', name: 'jämställd HÄLSA' }
      ]
    })
    expect(validateCountyProfile(dup).focusAreas).toMatch(/samma namn/)
  })

  it('suggests the strategy name counties use', () => {
    expect(suggestStrategyName('08')).toBe('Ett jämställt Kalmar län')
    expect(suggestStrategyName('14')).toBe('Ett jämställt Västra Götalands län')
    expect(suggestStrategyName('')).toBe('')
  })

  it('accepts PNG and SVG logos up to 1 MB only', () => {
    expect(logoProblem('logo.png', 'image/png', 2000)).toBeNull()
    expect(logoProblem('logo.svg', 'image/svg+xml', 2000)).toBeNull()
    expect(logoProblem('logo.svg', null, 2000)).toMatch(/varken PNG eller SVG/)
    expect(logoProblem('logo.jpg', '', 2000)).toMatch(/varken PNG eller SVG/)
    expect(logoProblem('logo.png', 'image/png', 2 * 1024 * 1024)).toMatch(/större än 1 MB/)
    expect(logoProblem('logo.png', 'image/png', 0)).toMatch(/tom/)
  })

  it('tells a PNG and an SVG by their content, not their name', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    const svg = new TextEncoder().encode(
      '\uFEFF  <?xml version="1.0"?>\n<!-- Kalmar -->\n<svg viewBox="0 0 10 10"><circle r="4"/></svg>'
    )
    expect(imageTypeOf(png)).toBe('image/png')
    expect(imageTypeOf(svg)).toBe('image/svg+xml')
    expect(imageTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeNull()
    expect(imageTypeOf(new TextEncoder().encode('<html><body>svg</body></html>'))).toBeNull()
    expect(imageTypeOf(new Uint8Array())).toBeNull()
  })
})

describe('regions', () => {
  it('has the 21 län with their letters and the 290 kommuner in them', () => {
    expect(counties).toHaveLength(21)
    expect(counties.find((c) => c.code === '08')).toEqual({ code: '08', name: 'Kalmar län', letter: 'H' })
    expect(municipalities).toHaveLength(290)
    expect(municipalities.find((m) => m.code === '0880')).toEqual({ code: '0880', name: 'Kalmar', countyCode: '08' })
    expect(municipalities.filter((m) => m.countyCode === '08')).toHaveLength(12)
    const codes = new Set(counties.map((c) => c.code))
    expect(municipalities.every((m) => codes.has(m.countyCode))).toBe(true)
  })

  it('checks the handläggare: lengths and an e-mail address that looks like one', () => {
    const errors = validateCountyProfile(
      kalmar({ caseOfficer: { name: 'x'.repeat(121), title: 'y'.repeat(121), email: 'karin.lansstyrelsen.se' } })
    )
    expect(errors.caseOfficerName).toBe('Namnet får vara högst 120 tecken.')
    expect(errors.caseOfficerTitle).toBe('Titeln får vara högst 120 tecken.')
    expect(errors.caseOfficerEmail).toMatch(/Skriv den som namn@exempel.se/)
    expect(
      validateCountyProfile(
        kalmar({ caseOfficer: { name: 'Karin Åberg', title: '', email: 'karin.aberg@lansstyrelsen.se' } })
      )
    ).toEqual({})
  })

  it('gives a profile saved before the symbol and handläggare existed the gear it printed, and an empty handläggare', () => {
    const { strategySymbol: _symbol, caseOfficer: _officer, ...old } = kalmar()
    const upgraded = withProfileDefaults(old)
    expect(upgraded.strategySymbol).toEqual({ kind: 'gear' })
    expect(upgraded.caseOfficer).toEqual({ name: '', title: '', email: '' })
    expect(emptyCountyProfile().strategySymbol).toEqual({ kind: 'none' })
  })
})
