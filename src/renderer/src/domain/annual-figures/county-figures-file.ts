import { findCounty } from '../county-profile'
import { memberTypes } from '../members/member-type'
import type { AnnualFigures } from './annual-figures'
import { annualFiguresJson } from './annual-figures-json'
import { goalKeys } from './annual-figures'

/**
 * Länsfil: one county's year's figures as a small JSON file for the national
 * roll-up (Riksöversikt). Counts only, never personal data; the format is
 * documented in docs/annual-figures.md. Reading refuses anything that is not
 * exactly this format, with a Swedish reason.
 */
export const COUNTY_FIGURES_FORMAT = 'kugghjul-lansuppgifter'
export const COUNTY_FIGURES_FORMAT_VERSION = 1

type FiguresJson = ReturnType<typeof annualFiguresJson>
/** The figures of the `annual-figures` command, without the year (which the file holds once). */
export type CountyFigures = Omit<FiguresJson, 'year'>

export interface CountyFiguresFile {
  format: typeof COUNTY_FIGURES_FORMAT
  formatVersion: number
  countyCode: string
  countyName: string
  year: number
  /** When the file was made (ISO 8601 with time): of two files for one län, the newer counts. */
  createdAt: string
  appVersion: string
  figures: CountyFigures
}

export function countyFiguresFile(input: {
  figures: AnnualFigures
  countyCode: string
  appVersion: string
  createdAt: string
}): CountyFiguresFile {
  const { year, ...figures } = annualFiguresJson(input.figures)
  return {
    format: COUNTY_FIGURES_FORMAT,
    formatVersion: COUNTY_FIGURES_FORMAT_VERSION,
    countyCode: input.countyCode,
    countyName: findCounty(input.countyCode)?.name ?? `Län ${input.countyCode}`,
    year,
    createdAt: input.createdAt,
    appVersion: input.appVersion,
    figures
  }
}

/** "lansuppgifter-08-2026.json". */
export function countyFiguresFileName(file: Pick<CountyFiguresFile, 'countyCode' | 'year'>): string {
  return `lansuppgifter-${file.countyCode}-${file.year}.json`
}

const participantKeys = ['women', 'men', 'nonBinary', 'unknown', 'members', 'nonMembers'] as const
/** Every count in the file: a key, or an object key with its fixed sub-keys. */
const figureShape: Record<keyof CountyFigures, readonly string[] | null> = {
  membersAtYearEnd: memberTypes,
  newMembers: null,
  renewedMembers: null,
  endedMembers: null,
  dialoguesHeld: null,
  membersWithDialogue: null,
  plansAdopted: null,
  actionsBySubGoal: goalKeys,
  eventsHeld: null,
  participants: participantKeys,
  certificatesIssued: null,
  evaluationsCompleted: null,
  evaluationsRenewed: null,
  evaluationsEnded: null
}
const topKeys = [
  'format',
  'formatVersion',
  'countyCode',
  'countyName',
  'year',
  'createdAt',
  'appVersion',
  'figures'
] as const

type Parsed = { ok: true; file: CountyFiguresFile } | { ok: false; message: string }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0

function extraKeys(value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((k) => !allowed.includes(k))
}

/** Why `figures` is not the format's counts, or null. */
function figuresProblem(figures: unknown): string | null {
  if (!isObject(figures)) return 'uppgiften figures med antalen saknas'
  const extra = extraKeys(figures, Object.keys(figureShape))
  if (extra.length > 0)
    return `den innehåller uppgifter som inte hör till formatet (${extra.join(', ')}); en länsfil innehåller bara antal`
  for (const [key, sub] of Object.entries(figureShape)) {
    const value = figures[key]
    if (sub === null) {
      if (!isCount(value)) return `${key} ska vara ett heltal, 0 eller större`
      continue
    }
    if (!isObject(value)) return `${key} saknas`
    const extraSub = extraKeys(value, sub)
    if (extraSub.length > 0) return `${key} innehåller okända uppgifter (${extraSub.join(', ')})`
    const bad = sub.find((k) => !isCount(value[k]))
    if (bad !== undefined) return `${key}.${bad} ska vara ett heltal, 0 eller större`
  }
  return null
}

/** Reads a länsfil; `name` is the file's name, for the message. */
export function parseCountyFiguresFile(text: string, name: string): Parsed {
  const refuse = (why: string): Parsed => ({ ok: false, message: `${name} kan inte läsas in: ${why}.` })
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return refuse('filen är ingen länsfil från Kugghjul (den är inte JSON)')
  }
  if (!isObject(value) || value['format'] !== COUNTY_FIGURES_FORMAT)
    return refuse('filen är ingen länsfil från Kugghjul. Spara länsfilen under Årsuppföljning')
  const version = value['formatVersion']
  if (!isCount(version) || version < 1) return refuse('formatversionen saknas eller är fel')
  if (version > COUNTY_FIGURES_FORMAT_VERSION)
    return refuse(
      `filen har formatversion ${version} från en nyare Kugghjul; den här versionen läser version ${COUNTY_FIGURES_FORMAT_VERSION}. Uppdatera Kugghjul`
    )
  const extra = extraKeys(value, topKeys)
  if (extra.length > 0)
    return refuse(
      `den innehåller uppgifter som inte hör till formatet (${extra.join(', ')}); en länsfil innehåller bara antal`
    )
  const county = typeof value['countyCode'] === 'string' ? findCounty(value['countyCode']) : undefined
  if (!county) return refuse(`länskoden ${JSON.stringify(value['countyCode'] ?? null)} är inget av de 21 länen`)
  const year = value['year']
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100)
    return refuse('året saknas eller är inget årtal')
  const createdAt = value['createdAt']
  if (
    typeof createdAt !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(createdAt) ||
    Number.isNaN(Date.parse(createdAt))
  )
    return refuse('tidpunkten då filen skapades (createdAt) saknas eller är fel')
  if (typeof value['appVersion'] !== 'string') return refuse('appversionen saknas')
  const problem = figuresProblem(value['figures'])
  if (problem) return refuse(`filen är trasig: ${problem}`)
  return {
    ok: true,
    file: {
      format: COUNTY_FIGURES_FORMAT,
      formatVersion: version,
      countyCode: county.code,
      countyName: county.name,
      year,
      createdAt,
      appVersion: value['appVersion'],
      figures: value['figures'] as CountyFigures
    }
  }
}
