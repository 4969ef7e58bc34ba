import { counties } from '../regions/counties'
import { municipalities } from '../regions/municipalities'
import type { RegionRef } from './statistics-table'

/**
 * Recognises regions as SCB and Kolada write them: "0880 Kalmar",
 * "08 Kalmar län", "Riket", a bare code, or a name without a code
 * ("Kalmar", "Borgholms kommun", "Kalmar län"), matched against the
 * 290 kommuner and 21 län.
 */
export interface RegionMatch {
  region: RegionRef
  /** False when the code or name is not one of Riket, the 21 län or the 290 kommuner. */
  matched: boolean
}

export const NATIONAL_REGION: RegionRef = Object.freeze({ code: '00', name: 'Riket' })

const nationalNames = new Set(['riket', 'sverige', 'hela riket', 'riket totalt', 'hela landet', 'sweden', 'whole country'])

const namesByCode = new Map<string, string>([
  ['00', NATIONAL_REGION.name],
  ...counties.map((c): [string, string] => [c.code, c.name]),
  ...municipalities.map((m): [string, string] => [m.code, m.name])
])

function key(name: string): string {
  return name.toLocaleLowerCase('sv')
}

const municipalityCodes = new Map(municipalities.map((m) => [key(m.name), m.code]))
const countyCodes = new Map(counties.map((c) => [key(c.name), c.code]))

/** Official names that are not "<kommun>[s] kommun". */
const municipalityAliases: Readonly<Record<string, string>> = { 'region gotland': 'gotland', 'falu kommun': 'falun' }

function municipalityCodeForName(lower: string): string | undefined {
  const base = municipalityAliases[lower] ?? lower.replace(/\s+(kommun|stad)$/, '')
  // "Borgholms kommun" has a genitive s; "Torsås kommun" ends in s by itself, so try as written first.
  return municipalityCodes.get(base) ?? (base.endsWith('s') ? municipalityCodes.get(base.slice(0, -1)) : undefined)
}

function countyCodeForName(lower: string): string | undefined {
  return countyCodes.get(lower.replace(/^region\s+/, ''))
}

function fromCode(code: string, nameInFile: string): RegionMatch {
  const canonical = code === '0000' ? '00' : code
  const known = namesByCode.get(canonical)
  return { region: { code: canonical, name: known ?? (nameInFile || canonical) }, matched: known !== undefined }
}

/** Whether a code is Riket ('00'), one of the 21 län or one of the 290 kommuner. */
export function isKnownRegionCode(code: string): boolean {
  return namesByCode.has(code)
}

/** The region a cell names, or null for an empty cell. */
export function recognizeRegion(label: string): RegionMatch | null {
  const text = label.trim().replace(/\s+/g, ' ')
  if (!text) return null
  const coded = /^(\d{2}|\d{4})(?:\s+(.*))?$/.exec(text)
  if (coded?.[1]) return fromCode(coded[1], coded[2] ?? '')
  const lower = key(text)
  if (nationalNames.has(lower)) return { region: NATIONAL_REGION, matched: true }
  const code = municipalityCodeForName(lower) ?? countyCodeForName(lower)
  if (code) return fromCode(code, text)
  return { region: { code: null, name: text }, matched: false }
}

/** A region from separate code and name cells, as static SCB tables have them (code empty on the Riket row). */
export function recognizeCodedRegion(code: string, name: string): RegionMatch | null {
  const trimmedCode = code.trim()
  return trimmedCode ? fromCode(trimmedCode, name.trim()) : recognizeRegion(name)
}
