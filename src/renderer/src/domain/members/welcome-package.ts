import { isIsoDate } from '../iso-date'

/**
 * The welcome package (välkomstpaket) of one membership period: dates when
 * each part was done, null while not done. The certificate date is filled
 * in by the certificate feature when an intyg is issued.
 */
export interface WelcomePackage {
  certificateIssuedOn: string | null
  logoSentOn: string | null
  leadershipBriefingOfferedOn: string | null
  leadershipBriefingHeldOn: string | null
}

export type WelcomeStep = 'certificate' | 'logo' | 'leadershipBriefing'

export interface WelcomeStepState {
  step: WelcomeStep
  label: string
  required: boolean
  /** The date that made the step done, or null. */
  doneOn: string | null
}

export function emptyWelcomePackage(): WelcomePackage {
  return {
    certificateIssuedOn: null,
    logoSentOn: null,
    leadershipBriefingOfferedOn: null,
    leadershipBriefingHeldOn: null
  }
}

/**
 * The checklist for a period. A first period needs all three steps; the
 * leadership briefing counts as done once it is offered, since the member
 * decides whether to take it. A renewal period needs only a new certificate:
 * the member already has the logo and has been briefed.
 */
export function welcomeSteps(pkg: WelcomePackage, periodNumber: number): WelcomeStepState[] {
  const firstPeriod = periodNumber === 1
  return [
    { step: 'certificate', label: 'Intyg utfärdat', required: true, doneOn: pkg.certificateIssuedOn },
    { step: 'logo', label: 'Logotyp skickad', required: firstPeriod, doneOn: pkg.logoSentOn },
    {
      step: 'leadershipBriefing',
      label: 'Informationspass för ledningen erbjudet',
      required: firstPeriod,
      doneOn: pkg.leadershipBriefingHeldOn ?? pkg.leadershipBriefingOfferedOn
    }
  ]
}

export function isWelcomePackageComplete(pkg: WelcomePackage, periodNumber: number): boolean {
  return welcomeSteps(pkg, periodNumber).every((s) => !s.required || s.doneOn !== null)
}

/** How the welcome package is shown beside the membership status. */
export type WelcomePackageState = 'complete' | 'incomplete'

export const welcomePackageStateLabels: Readonly<Record<WelcomePackageState, string>> = {
  complete: 'Klart',
  incomplete: 'Ej klart'
}

export function welcomePackageState(pkg: WelcomePackage, periodNumber: number): WelcomePackageState {
  return isWelcomePackageComplete(pkg, periodNumber) ? 'complete' : 'incomplete'
}

export type WelcomePackageErrors = Partial<Record<keyof WelcomePackage, string>>

const labels: Readonly<Record<keyof WelcomePackage, string>> = {
  certificateIssuedOn: 'Datumet för intyget',
  logoSentOn: 'Datumet då logotypen skickades',
  leadershipBriefingOfferedOn: 'Datumet då informationspasset erbjöds',
  leadershipBriefingHeldOn: 'Datumet då informationspasset genomfördes'
}

/** Each date must be a real date, not before the decision and not after today. */
export function validateWelcomePackage(pkg: WelcomePackage, decisionDate: string, today: string): WelcomePackageErrors {
  const errors: WelcomePackageErrors = {}
  for (const key of Object.keys(labels) as (keyof WelcomePackage)[]) {
    const date = pkg[key]
    if (date === null) continue
    if (!isIsoDate(date)) errors[key] = `${labels[key]} ska skrivas ÅÅÅÅ-MM-DD, t.ex. ${today}.`
    else if (date < decisionDate)
      errors[key] = `${labels[key]} ligger före beslutsdatumet ${decisionDate}. Kontrollera datumet.`
    else if (date > today)
      errors[key] = `${labels[key]} ligger efter dagens datum ${today}. Fyll i det när det är gjort.`
  }
  const { leadershipBriefingOfferedOn: offered, leadershipBriefingHeldOn: held } = pkg
  if (!errors.leadershipBriefingHeldOn && offered && held && held < offered)
    errors.leadershipBriefingHeldOn =
      'Informationspasset kan inte ha genomförts innan det erbjöds. Kontrollera datumen.'
  return errors
}
