import type { CountyProfileErrors, CountyProfileField } from '@/domain/county-profile'

export type ProfileSection = 'county' | 'strategy' | 'focusAreas' | 'signatory' | 'documents'

export const allProfileSections: readonly ProfileSection[] = [
  'county',
  'strategy',
  'focusAreas',
  'signatory',
  'documents'
]

export const sectionTitles: Record<ProfileSection, string> = {
  county: 'Län',
  strategy: 'Strategi',
  focusAreas: 'Områden',
  signatory: 'Undertecknare och logotyp',
  documents: 'Symbol och handläggare'
}

const sectionFields: Record<ProfileSection, CountyProfileField[]> = {
  county: ['countyCode'],
  strategy: ['strategyName', 'strategyStartYear', 'strategyEndYear', 'earlierStrategies'],
  focusAreas: ['focusAreaTerm', 'focusAreas', 'nationalGoalRequired', 'perspectives'],
  signatory: ['signatoryName', 'signatoryTitle', 'logo'],
  documents: ['strategySymbol', 'caseOfficerName', 'caseOfficerTitle', 'caseOfficerEmail']
}

/** The errors that belong to the given sections. */
export function errorsIn(errors: CountyProfileErrors, sections: readonly ProfileSection[]): CountyProfileErrors {
  const fields = new Set(sections.flatMap((s) => sectionFields[s]))
  return Object.fromEntries(Object.entries(errors).filter(([field]) => fields.has(field as CountyProfileField)))
}
