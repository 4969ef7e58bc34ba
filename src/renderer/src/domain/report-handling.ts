import type { CaseOfficer, CountyProfile } from './county-profile'
import { placeAndDate } from './regions/county-seats'

/**
 * Who handled a report at the länsstyrelse, as the report prints it: the
 * place-and-date line, the handläggare from the county profile (when a name
 * is set) and the länsstyrelse's diarienummer, which is typed when the
 * report is made (it differs per report and is not stored).
 */
export interface ReportHandling {
  /** "Kalmar den 23 november 2026". */
  placeAndDate: string
  caseOfficer: CaseOfficer | null
  /** The länsstyrelse's diarienummer, or '' when none was given. */
  caseNumber: string
}

export const MAX_CASE_NUMBER = 60

/** Why a typed diarienummer cannot be printed, or null (an empty one is fine: it is optional). */
export function caseNumberProblem(typed: string): string | null {
  const value = typed.trim()
  if (value.length > MAX_CASE_NUMBER)
    return `Diarienumret får vara högst ${MAX_CASE_NUMBER} tecken. Kontrollera att du har klistrat in rätt text.`
  if (/[\r\n]/.test(value)) return 'Diarienumret ska stå på en rad. Ta bort radbrytningen.'
  return null
}

export function reportHandling(
  profile: Pick<CountyProfile, 'countyCode' | 'caseOfficer'>,
  today: string,
  caseNumber = ''
): ReportHandling {
  const officer = profile.caseOfficer
  const named = officer.name.trim() !== ''
  return {
    placeAndDate: placeAndDate(profile.countyCode, today),
    caseOfficer: named ? { name: officer.name.trim(), title: officer.title.trim(), email: officer.email.trim() } : null,
    caseNumber: caseNumber.trim()
  }
}

/** "Kalmar län" → "Länsstyrelsen i Kalmar län": who issues certificates and answers for the register. */
export function issuingAuthority(countyName: string): string {
  return `Länsstyrelsen i ${countyName}`
}

/** "Karin Åberg, jämställdhetssamordnare, karin.aberg@lansstyrelsen.se": the handläggare on one line. */
export function caseOfficerLine(officer: CaseOfficer): string {
  return [officer.name, officer.title, officer.email].filter((part) => part !== '').join(', ')
}
