import {
  logoDataUrlProblem,
  validateCountyProfile,
  withProfileDefaults,
  type CountyProfile
} from '@/domain/county-profile'
import { perspectives } from '@/domain/perspectives'
import { demoDataIdsProblem } from '@/domain/test-data/demo-data-ids'
import { DEMO_DATA_KEY } from '../demo-data'
import { memberWorkRecordRules } from './member-work-record-rules'
import { integer, list, nullable, object, oneOf, optional, text, yesOrNo } from './record-shape'
import { firstProblem, type RecordRule } from './restore-context'

/**
 * The rules the forms apply, run on each restored record after its shape
 * (table-rules.ts) and its references are known to be right: a backup may not
 * bring in what the user could not have typed. One check per record type,
 * calling the same domain validator the form (or its repository) calls; the
 * first problem is reported. Tables no form writes (the audit log, imported
 * statistics, issued certificates) have only their shape checked. The rules of
 * the member register and the member work are in member-work-record-rules.ts.
 */

const image = object({ mimeType: oneOf(['image/png', 'image/svg+xml']), dataUrl: text(2_000_000), fileName: text(300) })
const profileShape = object({
  countyCode: text(2),
  strategyName: text(1000),
  strategyStartYear: integer(),
  strategyEndYear: integer(),
  // Every profile has both since schema version 11 (its upgrade adds them to older ones).
  earlierStrategies: list(object({ id: text(100), name: text(1000), startYear: integer(), endYear: integer() }), 100),
  perspectives: list(oneOf(perspectives), perspectives.length),
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
  const shape = profileShape(value)
  if (shape) return `länsprofilen ${shape}`
  const profile = withProfileDefaults(value as CountyProfile)
  const formProblem = firstProblem(validateCountyProfile(profile))
  if (formProblem) return `länsprofilen: ${formProblem.replace(/\.$/, '')}`
  const symbol = profile.strategySymbol
  const images = [profile.logo, symbol.kind === 'image' ? symbol.image : null]
  const broken = images.some((i) => i !== null && i !== undefined && logoDataUrlProblem(i) !== null)
  return broken ? 'länsprofilen: logotypen är ingen PNG- eller SVG-bild' : null
}

/** The list of what Exempeldata added (its ids), so that removing it still finds exactly those rows. */
function demoDataProblem(value: unknown): string | null {
  const problem = demoDataIdsProblem(value)
  return problem ? `listan över exempeldata ${problem}` : null
}

export const recordRules: Readonly<Record<string, RecordRule>> = {
  ...memberWorkRecordRules,
  settings: (row) =>
    row.key === 'countyProfile'
      ? countyProfileProblem(row.value)
      : row.key === DEMO_DATA_KEY
        ? demoDataProblem(row.value)
        : null
}
