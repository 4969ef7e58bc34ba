import { compareSwedish } from '../swedish-format'
import { municipalities } from '../regions/municipalities'

/**
 * The regions a measure view compares until the user chooses others: the
 * county's kommuner in Swedish order, then the county, then Riket.
 */
export function defaultComparisonRegions(countyCode: string): string[] {
  const kommuner = municipalities
    .filter((m) => m.countyCode === countyCode)
    .sort((a, b) => compareSwedish(a.name, b.name))
  return [...kommuner.map((m) => m.code), countyCode, '00']
}

export type RegionLevel = 'country' | 'county' | 'municipality' | 'unknown'

/** What kind of region an SCB code names: '00' Riket, two digits a län, four a kommun. */
export function regionLevel(code: string): RegionLevel {
  if (code === '00') return 'country'
  if (/^\d{2}$/.test(code)) return 'county'
  if (/^\d{4}$/.test(code)) return 'municipality'
  return 'unknown'
}
