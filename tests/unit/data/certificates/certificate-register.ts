import { saveCountyProfile } from '@/data/county-profile-repository'
import type { KugghjulDatabase } from '@/data/database'
import { createMember } from '@/data/member-repository'
import { emptyCountyProfile, type CountyProfile } from '@/domain/county-profile'
import type { MembershipPeriod } from '@/domain/members/membership-period'
import { decisionOn, kommunDraft, today } from '../fresh-database'

export const kalmar: CountyProfile = {
  ...emptyCountyProfile(),
  countyCode: '08',
  strategyName: 'Ett jämställt Kalmar län',
  strategyStartYear: 2023,
  strategyEndYear: 2027,
  signatoryName: 'Helene Öberg',
  signatoryTitle: 'Landshövding'
}

/** Three members with period 1 each, in a county profile for Kalmar län. */
export async function registerWithThreeMembers(db: KugghjulDatabase): Promise<MembershipPeriod[]> {
  await saveCountyProfile(db, kalmar)
  const drafts = [
    kommunDraft(),
    kommunDraft({
      name: 'Länsstyrelsen i Kalmar län',
      orgNumber: '202100-2304',
      type: 'governmentAgency',
      municipalityCode: '',
      contactPersons: []
    }),
    kommunDraft({ name: 'Borgholms kommun', orgNumber: '212000-0779', municipalityCode: '0885', contactPersons: [] })
  ]
  const periods: MembershipPeriod[] = []
  for (const [i, draft] of drafts.entries()) {
    const created = await createMember(db, draft, decisionOn(`2026-0${i + 1}-15`), today)
    if (!created.ok) throw new Error(JSON.stringify(created.errors))
    periods.push(created.value.period)
  }
  return periods
}
