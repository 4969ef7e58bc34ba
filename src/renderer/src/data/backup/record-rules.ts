import { normaliseWebsite } from '@/domain/members/member-validation'
import {
  logoDataUrlProblem,
  validateCountyProfile,
  withProfileDefaults,
  type CountyProfile
} from '@/domain/county-profile'
import { validateEnding, type MembershipPeriod } from '@/domain/members/membership-period'
import { integer, list, nullable, object, oneOf, optional, text, yesOrNo, type Check } from './record-shape'

/**
 * The rules the forms apply, run on each restored record after its shape
 * (table-rules.ts) is known to be right: a backup may not bring in what the
 * user could not have typed. One check per record type, calling the same
 * domain validator the form calls; the first problem is reported.
 */
export type RecordRule = (row: Record<string, unknown>) => string | null

const image = object({ mimeType: oneOf(['image/png', 'image/svg+xml']), dataUrl: text(2_000_000), fileName: text(300) })
const profileShape = object({
  countyCode: text(2),
  strategyName: text(1000),
  strategyStartYear: integer(),
  strategyEndYear: integer(),
  focusAreas: list(object({ id: text(100), name: text(1000) }), 100),
  focusAreaTerm: optional(object({ singular: text(1000), plural: text(1000) })),
  nationalGoalRequired: optional(yesOrNo),
  signatoryName: text(1000),
  signatoryTitle: text(1000),
  logo: nullable(image),
  strategySymbol: optional(object({ kind: oneOf(['gear', 'image', 'none']), image: optional(image) })),
  caseOfficer: optional(object({ name: text(1000), title: text(1000), email: text(1000) }))
})

function countyProfileProblem(value: unknown): string | null {
  const shape = profileShape(value) as string | null
  if (shape) return `länsprofilen ${shape}`
  const profile = withProfileDefaults(value as CountyProfile)
  const formProblem = Object.values(validateCountyProfile(profile))[0]
  if (formProblem) return `länsprofilen: ${formProblem.replace(/\.$/, '')}`
  const symbol = profile.strategySymbol
  const images = [profile.logo, symbol.kind === 'image' ? symbol.image : null]
  const broken = images.some((i) => i !== null && logoDataUrlProblem(i) !== null)
  return broken ? 'länsprofilen: logotypen är ingen PNG- eller SVG-bild' : null
}

const textWithoutBreaks: Check = (v) => (typeof v === 'string' && /[\r\n]/.test(v) ? 'har en radbrytning' : null)

export const recordRules: Readonly<Record<string, RecordRule>> = {
  settings: (row) => (row.key === 'countyProfile' ? countyProfileProblem(row.value) : null),
  events: (row) => {
    const link = row.link as string
    const breaks = textWithoutBreaks(row.title)
    if (breaks) return `aktivitetens namn ${breaks}`
    return normaliseWebsite(link) === link ? null : 'länken är ingen webbadress som formuläret godtar'
  },
  membershipPeriods: (row) => {
    const period = row as unknown as MembershipPeriod
    if (!period.ending) return null
    // The ending is checked as if it were being registered now on the period without one.
    const checked = validateEnding({ ...period, ending: null }, period.ending, period.ending.endedOn)
    return checked.ok ? null : `avslutet: ${Object.values(checked.errors)[0] ?? ''}`
  }
}
