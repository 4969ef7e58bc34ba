import { compareSwedish } from '../swedish-format'
import { municipalities, type Municipality } from './municipalities'

const byCode = new Map(municipalities.map((m) => [m.code, m]))
const byName = new Map(municipalities.map((m) => [m.name.toLocaleLowerCase('sv'), m]))

export function findMunicipality(code: string): Municipality | undefined {
  return byCode.get(code)
}

/** The kommun's name for a code, or '' when there is none. */
export function municipalityName(code: string | null): string {
  return (code && byCode.get(code)?.name) || ''
}

/** Official names that are not "<kommun>[s] kommun". */
const aliases: Readonly<Record<string, string>> = { 'region gotland': 'gotland', 'falu kommun': 'falun' }

/**
 * Finds the kommun an organisation name or a spreadsheet cell refers to:
 * "Kalmar", "Kalmar kommun", "Borgholms kommun", "Göteborgs Stad",
 * "Region Gotland", "0880 Kalmar" or just "0880".
 */
export function matchMunicipality(text: string): Municipality | undefined {
  const cleaned = text.trim().replace(/\s+/g, ' ')
  const code = /^(\d{4})\b/.exec(cleaned)?.[1]
  if (code) return byCode.get(code)
  const lower = cleaned.toLocaleLowerCase('sv')
  const base = aliases[lower] ?? lower.replace(/\s+(kommun|stad)$/, '')
  // "Borgholms kommun" has a genitive s; "Torsås kommun" ends in s by itself, so try as written first.
  return byName.get(base) ?? (base.endsWith('s') ? byName.get(base.slice(0, -1)) : undefined)
}

/** Kommuner for a picker: the county's own first, then the rest, each part in Swedish order. */
export function municipalityOptions(countyCode: string): Municipality[] {
  const own = municipalities.filter((m) => m.countyCode === countyCode)
  const others = municipalities.filter((m) => m.countyCode !== countyCode)
  const inSwedishOrder = (a: Municipality, b: Municipality): number => compareSwedish(a.name, b.name)
  return [...own.sort(inSwedishOrder), ...others.sort(inSwedishOrder)]
}
