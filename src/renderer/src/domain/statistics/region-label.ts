import { counties } from '../regions/counties'
import { municipalities } from '../regions/municipalities'
import { readNutsCode } from './nuts-regions'
import type { RegionRef } from './statistics-table'

/**
 * Recognises regions as SCB, Eurostat and Kolada write them: "0880 Kalmar",
 * "08 Kalmar län", "Riket", "Sweden", "SE", a bare code, NUTS codes
 * ("SE213 Kalmar län"), English names ("Kalmar county"), Kolada's
 * "Region Kalmar län", or a name without a code ("Kalmar", "Borgholms
 * kommun", "Kalmar län"), matched against the 290 kommuner and 21 län.
 * Averages ("Alla kommuner (ovägt medel)") and NUTS groups of several län
 * are kept as their own rows without a code, never matched to a region.
 */
export interface RegionMatch {
  region: RegionRef
  /** False when the code or name is not one of Riket, the 21 län or the 290 kommuner. */
  matched: boolean
  /** A Swedish note for the preview when the label is knowingly kept without a code (an average, a NUTS group). */
  note?: string
}

export const NATIONAL_REGION: RegionRef = Object.freeze({ code: '00', name: 'Riket' })

const nationalNames = new Set([
  'riket',
  'sverige',
  'hela riket',
  'riket totalt',
  'totalt riket',
  'hela landet',
  'sweden',
  'whole country',
  'sweden total',
  'total sweden',
  'se'
])

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
/** "Stockholms län" → "stockholm", "Kalmar län" → "kalmar": how English exports name a county ("Stockholm county"). */
const countyShortCodes = new Map(counties.map((c) => [key(c.name).replace(/ län$/, '').replace(/s$/, ''), c.code]))

/** Official names that are not "<kommun>[s] kommun". */
const municipalityAliases: Readonly<Record<string, string>> = { 'region gotland': 'gotland', 'falu kommun': 'falun' }

function municipalityCodeForName(lower: string): string | undefined {
  const base = municipalityAliases[lower] ?? lower.replace(/\s+(kommun|stad|municipality)$/, '')
  // "Borgholms kommun" has a genitive s; "Torsås kommun" ends in s by itself, so try as written first.
  return municipalityCodes.get(base) ?? (base.endsWith('s') ? municipalityCodes.get(base.slice(0, -1)) : undefined)
}

function countyCodeForName(lower: string): string | undefined {
  const base = lower.replace(/^region\s+/, '')
  const english = /^(.+?)s?\s+county$/.exec(base)?.[1]
  return countyCodes.get(base) ?? (english ? countyShortCodes.get(english) : undefined)
}

/** Kolada's and SCB's averages and sums over many regions: kept as their own row, never matched. */
const aggregate = /\b(medel|medelvärde|median|genomsnitt|ovägt|vägt|samtliga kommuner|alla kommuner|average|mean)\b/i

function fromNuts(nuts: string, rest: string): RegionMatch | null {
  const reading = readNutsCode(nuts)
  if (!reading) return null
  if (reading.kind === 'country') return { region: NATIONAL_REGION, matched: true }
  if (reading.kind === 'county') return fromCode(reading.code, rest)
  const name = rest || `${reading.code} ${reading.name}`
  const note =
    `"${rest || reading.code}" är NUTS-området ${reading.code} (${reading.name}), som omfattar flera län. ` +
    'Värdena läses in utan län- eller kommunkod och kan inte jämföras med länets kommuner.'
  return { region: { code: null, name }, matched: false, note }
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
  const nuts = /^(SE\d{0,3})(?:\s+(.*))?$/i.exec(text)
  const nutsMatch = nuts?.[1] ? fromNuts(nuts[1], nuts[2] ?? '') : null
  if (nutsMatch) return nutsMatch
  const lower = key(text)
  if (nationalNames.has(lower)) return { region: NATIONAL_REGION, matched: true }
  if (aggregate.test(text)) {
    const note = `"${text}" är ett medelvärde eller en summa över flera regioner. Raden läses in som en egen rad utan regionkod och jämförs inte med någon region.`
    return { region: { code: null, name: text }, matched: false, note }
  }
  const code = municipalityCodeForName(lower) ?? countyCodeForName(lower)
  if (code) return fromCode(code, text)
  return { region: { code: null, name: text }, matched: false }
}

/** A region from separate code and name cells, as static SCB tables have them (code empty on the Riket row). */
export function recognizeCodedRegion(code: string, name: string): RegionMatch | null {
  const trimmedCode = code.trim()
  return trimmedCode ? fromCode(trimmedCode, name.trim()) : recognizeRegion(name)
}
