import { describe, expect, it } from 'vitest'
import { addDays } from '@/domain/iso-date'
import {
  daysUntilEnd,
  memberStatus,
  membershipStatusLabels,
  periodStatus,
  periodStatuses
} from '@/domain/members/membership-status'
import {
  isWelcomePackageComplete,
  validateWelcomePackage,
  welcomePackageState,
  welcomeSteps
} from '@/domain/members/welcome-package'
import { completePackage, firstPeriod, renewal } from './period-fixtures'

const fresh = firstPeriod('2024-03-15') // ends 2027-03-14
const welcomed = { ...fresh, welcomePackage: completePackage }
const label = (periods: Parameters<typeof memberStatus>[0], today: string, warningDays?: number) =>
  membershipStatusLabels[memberStatus(periods, { today, ...(warningDays === undefined ? {} : { warningDays }) })]

describe('membership status', () => {
  it('is Aktiv from the decision, whether or not the welcome package is complete (that is shown apart)', () => {
    expect(label([fresh], '2024-03-15')).toBe('Aktiv')
    const partly = { ...fresh, welcomePackage: { ...completePackage, logoSentOn: null } }
    expect(label([partly], '2024-06-01')).toBe('Aktiv')
    expect(label([welcomed], '2024-06-01')).toBe('Aktiv')
    // Three years on, a package never finished still does not make the member "Ny".
    expect(label([partly], '2026-06-01')).toBe('Aktiv')
    expect(welcomePackageState(partly.welcomePackage, 1)).toBe('incomplete')
    expect(welcomePackageState(welcomed.welcomePackage, 1)).toBe('complete')
  })

  it('shows Utvärdering närmar sig from 90 days before the end through the end date', () => {
    expect(label([welcomed], addDays('2027-03-14', -91))).toBe('Aktiv')
    expect(label([welcomed], addDays('2027-03-14', -90))).toBe('Utvärdering närmar sig')
    expect(label([welcomed], addDays('2027-03-14', -60))).toBe('Utvärdering närmar sig')
    expect(label([welcomed], '2027-03-14')).toBe('Utvärdering närmar sig')
    expect(daysUntilEnd(welcomed, '2027-01-13')).toBe(60)
  })

  it('uses a configurable warning window', () => {
    expect(label([welcomed], addDays('2027-03-14', -60), 30)).toBe('Aktiv')
    expect(label([welcomed], addDays('2027-03-14', -30), 30)).toBe('Utvärdering närmar sig')
  })

  it('warns of the coming evaluation whatever the welcome package', () => {
    expect(label([fresh], '2027-02-01')).toBe('Utvärdering närmar sig')
  })

  it('is Utvärdering försenad the day after the end when neither renewed nor ended', () => {
    expect(label([welcomed], '2027-03-15')).toBe('Utvärdering försenad')
    expect(label([welcomed], '2028-01-01')).toBe('Utvärdering försenad')
  })

  it('is Förnyad while an early renewal waits for its start, then follows the new period', () => {
    const p2 = renewal(welcomed, '2027-01-10') // starts 2027-03-15
    expect(label([welcomed, p2], '2027-02-01')).toBe('Förnyad')
    expect(label([welcomed, p2], '2027-03-14')).toBe('Förnyad')
    // Period 2 needs only a new certificate to count as welcomed.
    expect(label([welcomed, p2], '2027-03-15')).toBe('Aktiv')
    const p2Welcomed = { ...p2, welcomePackage: { ...p2.welcomePackage, certificateIssuedOn: '2027-03-20' } }
    expect(label([welcomed, p2Welcomed], '2027-04-01')).toBe('Aktiv')
    const statuses = periodStatuses([welcomed, p2Welcomed], { today: '2027-04-01' })
    expect([statuses.get('p1'), statuses.get('p2')]).toEqual(['renewed', 'active'])
  })

  it('goes from Utvärdering försenad back to Aktiv when renewed late', () => {
    const p2 = renewal(welcomed, '2027-05-02')
    expect(label([welcomed], '2027-05-01')).toBe('Utvärdering försenad')
    expect(label([welcomed, p2], '2027-05-02')).toBe('Aktiv')
  })

  it('is Avslutad from the registered end date; before it, no evaluation warning', () => {
    const ending = { endedOn: '2027-03-14', reason: 'Valde att inte förnya' }
    const ended = { ...welcomed, ending }
    expect(label([ended], '2027-02-01')).toBe('Aktiv')
    expect(label([ended], '2027-03-14')).toBe('Avslutad')
    expect(label([ended], '2030-01-01')).toBe('Avslutad')
    expect(periodStatus(ended, false, { today: '2028-01-01' })).toBe('ended')
  })

  it('is Utvärdering försenad after the end date even when a later ending is recorded', () => {
    // Data from before endings had to fall within their period: the ending lies years after the end date.
    const lateEnding = { ...welcomed, ending: { endedOn: '2031-06-30', reason: 'Registrerat i efterhand' } }
    expect(label([lateEnding], '2027-03-14')).toBe('Aktiv')
    expect(label([lateEnding], '2027-03-15')).toBe('Utvärdering försenad')
    expect(label([lateEnding], '2029-01-01')).toBe('Utvärdering försenad')
    expect(label([lateEnding], '2031-06-30')).toBe('Avslutad')
  })

  it('counts a member with no periods as Aktiv', () => {
    expect(label([], '2026-01-01')).toBe('Aktiv')
  })
})

describe('welcome package', () => {
  it('needs certificate, logo and an offered leadership briefing in period 1, only the certificate later', () => {
    const briefingHeldOnly = {
      ...completePackage,
      leadershipBriefingOfferedOn: null,
      leadershipBriefingHeldOn: '2024-04-01'
    }
    expect(isWelcomePackageComplete(briefingHeldOnly, 1)).toBe(true)
    const noBriefing = { ...completePackage, leadershipBriefingOfferedOn: null }
    expect(isWelcomePackageComplete(noBriefing, 1)).toBe(false)
    expect(isWelcomePackageComplete({ ...noBriefing, logoSentOn: null }, 2)).toBe(true)
    expect(
      welcomeSteps(noBriefing, 2)
        .filter((s) => s.required)
        .map((s) => s.label)
    ).toEqual(['Intyg utfärdat'])
  })

  it('refuses dates before the decision, after today, or held before offered', () => {
    const errors = validateWelcomePackage(
      {
        certificateIssuedOn: '2024-01-01',
        logoSentOn: '2026-12-01',
        leadershipBriefingOfferedOn: '2024-05-01',
        leadershipBriefingHeldOn: '2024-04-01'
      },
      '2024-03-15',
      '2026-11-23'
    )
    expect(errors.certificateIssuedOn).toMatch(/före beslutsdatumet 2024-03-15/)
    expect(errors.logoSentOn).toMatch(/efter dagens datum 2026-11-23/)
    expect(errors.leadershipBriefingHeldOn).toMatch(/genomförts innan det erbjöds/)
    expect(validateWelcomePackage(completePackage, '2024-03-15', '2026-11-23')).toEqual({})
  })
})
