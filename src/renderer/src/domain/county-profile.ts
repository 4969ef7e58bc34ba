import { openFileLimits } from '../../../preload/contract'
import { defaultFocusAreaTerm, focusAreaTermProblem, focusAreaWords, type FocusAreaTerm } from './county-words'
import { earlierStrategiesProblem } from './county-strategies'
import { emailProblem } from './members/member-validation'
import type { Perspective } from './perspectives'
import { counties, type County } from './regions/counties'

/** A county-defined theme of the strategy (fokusområde). */
export interface FocusArea {
  id: string
  name: string
}

export interface CountyLogo {
  mimeType: 'image/png' | 'image/svg+xml'
  dataUrl: string
  fileName: string
}

/**
 * The symbol printed with the strategy on certificates and report covers: the
 * gear (Kalmar län's symbol for its strategy), the county's own image (PNG or
 * SVG, picked like the logo), or none.
 */
export type StrategySymbol = { kind: 'gear' } | { kind: 'image'; image: CountyLogo } | { kind: 'none' }

/** A strategy the county had before the current one, with its period (e.g. 2017–2022). */
export interface EarlierStrategy {
  id: string
  name: string
  startYear: number
  endYear: number
}

/** The handläggare at the länsstyrelse named on reports (utvärderingsrapport, lägesrapport). */
export interface CaseOfficer {
  name: string
  title: string
  email: string
}

/** The county, its strategy and who signs: everything that makes Kugghjul this county's app. */
export interface CountyProfile {
  countyCode: string
  strategyName: string
  strategyStartYear: number
  strategyEndYear: number
  /** The county's earlier strategies; the fields above are the current one (county-strategies.ts). */
  earlierStrategies: EarlierStrategy[]
  /** Perspectives the strategy uses, which dialogues and actions can be tagged with (perspectives.ts). */
  perspectives: Perspective[]
  focusAreas: FocusArea[]
  /** What the county calls its focus areas (county-words.ts). */
  focusAreaTerm: FocusAreaTerm
  /**
   * Whether every action names at least one national delmål. Counties whose
   * strategy is built on their own areas (Hallands län) make it optional.
   */
  nationalGoalRequired: boolean
  signatoryName: string
  signatoryTitle: string
  logo: CountyLogo | null
  strategySymbol: StrategySymbol
  caseOfficer: CaseOfficer
}

export type CountyProfileField = keyof CountyProfile | 'caseOfficerName' | 'caseOfficerTitle' | 'caseOfficerEmail'
export type CountyProfileErrors = Partial<Record<CountyProfileField, string>>

export const emptyCaseOfficer: Readonly<CaseOfficer> = { name: '', title: '', email: '' }

type AddedFields =
  'strategySymbol' | 'caseOfficer' | 'focusAreaTerm' | 'nationalGoalRequired' | 'earlierStrategies' | 'perspectives'

/**
 * A stored profile with the fields added since it was saved: profiles saved
 * before the strategy symbol could be chosen printed the gear, and keep it;
 * before the county's own word, it said "fokusområde" and asked for a delmål;
 * before the list of strategies, the one strategy was the only one.
 */
export function withProfileDefaults(stored: Omit<CountyProfile, AddedFields> & Partial<CountyProfile>): CountyProfile {
  return {
    ...stored,
    strategySymbol: stored.strategySymbol ?? { kind: 'gear' },
    caseOfficer: { ...emptyCaseOfficer, ...stored.caseOfficer },
    focusAreaTerm: { ...defaultFocusAreaTerm, ...stored.focusAreaTerm },
    nationalGoalRequired: stored.nationalGoalRequired ?? true,
    earlierStrategies: stored.earlierStrategies ?? [],
    perspectives: stored.perspectives ?? []
  }
}

/** The size main opens a logo file with, so the picker and this check agree. */
export const MAX_LOGO_BYTES = openFileLimits.logo
const MIN_YEAR = 2000
const MAX_YEAR = 2100

export function findCounty(code: string): County | undefined {
  return counties.find((c) => c.code === code)
}

/** "Kalmar län" → "Ett jämställt Kalmar län": the naming most counties use. */
export function suggestStrategyName(countyCode: string): string {
  const county = findCounty(countyCode)
  return county ? `Ett jämställt ${county.name}` : ''
}

function yearProblem(year: number, label: string): string | undefined {
  if (!Number.isInteger(year)) return `Ange ${label} som ett årtal, t.ex. 2023.`
  if (year < MIN_YEAR || year > MAX_YEAR)
    return `${label[0]!.toUpperCase()}${label.slice(1)} måste ligga mellan ${MIN_YEAR} och ${MAX_YEAR}.`
  return undefined
}

/** Swedish messages for every field that is wrong; an empty object means the profile can be saved. */
export function validateCountyProfile(profile: CountyProfile): CountyProfileErrors {
  const errors: CountyProfileErrors = {}
  if (!findCounty(profile.countyCode)) errors.countyCode = 'Välj vilket län Kugghjul ska användas för.'
  const name = profile.strategyName.trim()
  if (name.length === 0) errors.strategyName = 'Ange strategins namn, t.ex. "Ett jämställt Kalmar län".'
  else if (name.length > 200) errors.strategyName = 'Strategins namn får vara högst 200 tecken.'

  const start = yearProblem(profile.strategyStartYear, 'startår')
  const end = yearProblem(profile.strategyEndYear, 'slutår')
  if (start) errors.strategyStartYear = start
  if (end) errors.strategyEndYear = end
  if (!start && !end && profile.strategyEndYear < profile.strategyStartYear)
    errors.strategyEndYear = 'Slutåret kan inte ligga före startåret.'
  const earlier = errors.strategyStartYear || errors.strategyEndYear ? null : earlierStrategiesProblem(profile)
  if (earlier) errors.earlierStrategies = earlier

  const term = focusAreaTermProblem(profile.focusAreaTerm)
  if (term) errors.focusAreaTerm = term
  const words = focusAreaWords(term ? undefined : profile.focusAreaTerm)
  const names = profile.focusAreas.map((f) => f.name.trim())
  if (names.some((n) => n.length === 0))
    errors.focusAreas = `Varje ${words.one} behöver ett namn – fyll i eller ta bort den tomma raden.`
  else if (names.some((n) => n.length > 200)) errors.focusAreas = 'Ett namn får vara högst 200 tecken.'
  else if (new Set(names.map((n) => n.toLocaleLowerCase('sv'))).size !== names.length)
    errors.focusAreas = `Två ${words.many} har samma namn. Ge dem olika namn.`

  if (profile.signatoryName.trim().length > 120) errors.signatoryName = 'Namnet får vara högst 120 tecken.'
  if (profile.signatoryTitle.trim().length > 120) errors.signatoryTitle = 'Titeln får vara högst 120 tecken.'
  const officer = profile.caseOfficer
  if (officer.name.trim().length > 120) errors.caseOfficerName = 'Namnet får vara högst 120 tecken.'
  if (officer.title.trim().length > 120) errors.caseOfficerTitle = 'Titeln får vara högst 120 tecken.'
  const email = emailProblem(officer.email.trim())
  if (email) errors.caseOfficerEmail = email
  if (profile.strategySymbol.kind === 'image' && !profile.strategySymbol.image.dataUrl)
    errors.strategySymbol = 'Välj en bild för strategins symbol, eller välj kugghjulet eller ingen symbol.'
  return errors
}

export function emptyCountyProfile(): CountyProfile {
  const year = new Date().getFullYear()
  return {
    countyCode: '',
    strategyName: '',
    strategyStartYear: year,
    strategyEndYear: year + 4,
    earlierStrategies: [],
    perspectives: [],
    focusAreas: [],
    focusAreaTerm: { ...defaultFocusAreaTerm },
    nationalGoalRequired: true,
    signatoryName: '',
    signatoryTitle: '',
    logo: null,
    strategySymbol: { kind: 'none' },
    caseOfficer: { ...emptyCaseOfficer }
  }
}

const IMAGE_DATA_URL = {
  'image/png': /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/,
  'image/svg+xml': /^data:image\/svg\+xml(;base64)?,/
}

/**
 * Why a stored logo (or strategy image) cannot be shown, or null when it can:
 * it must be a PNG or SVG data URL of the type it claims, as the picker makes it.
 */
export function logoDataUrlProblem(logo: CountyLogo): string | null {
  const pattern = IMAGE_DATA_URL[logo.mimeType] as RegExp | undefined
  if (!pattern || !pattern.test(logo.dataUrl))
    return `Logotypen är ingen PNG- eller SVG-bild. Välj logotypen igen under Inställningar.`
  return null
}

/** Why an uploaded logo cannot be used, or null when it can. */
export type ImageType = 'image/png' | 'image/svg+xml'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** What an image file is by its content, not its name: PNG by its signature, SVG by an <svg> element in its text. */
export function imageTypeOf(bytes: Uint8Array): ImageType | null {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'image/png'
  const text = new TextDecoder()
    .decode(bytes.subarray(0, 64 * 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
  return text.startsWith('<') && /<svg[\s>]/i.test(text) ? 'image/svg+xml' : null
}

/** Why a chosen logo or symbol file cannot be used; `type` is what imageTypeOf found ('' when the file was not read). */
export function logoProblem(fileName: string, type: ImageType | '' | null, size: number): string | null {
  if (size === 0) return `Filen "${fileName}" är tom. Välj en annan fil.`
  if (size > MAX_LOGO_BYTES) return `Logotypen är större än 1 MB. Spara en mindre version och försök igen.`
  if (type !== 'image/png' && type !== 'image/svg+xml')
    return `Filen "${fileName}" är varken PNG eller SVG. Välj en logotyp i något av de formaten.`
  return null
}
