import { addYears } from '@/domain/iso-date'
import { latestPeriod } from '@/domain/members/membership-period'
import type { KugghjulDatabase } from '../database'
import { contactPersonEntries, type ContactPersonEntry } from './contact-persons'

export type RetentionEntry = ContactPersonEntry & { endedOn: string }

/**
 * Contact persons to review for anonymisation (gallring): those of members
 * whose membership ended (an ending registered on the latest period) on or
 * before `years` years before `today`. A member that joined again after an
 * ending is not listed; nor is one whose period ran out without a registered
 * ending (it awaits the coordinator's decision). Anonymised persons are left
 * out. Oldest ending first.
 */
export async function contactPersonsDueForReview(
  db: KugghjulDatabase,
  options: { years: number; today: string }
): Promise<RetentionEntry[]> {
  const cutoff = addYears(options.today, -options.years)
  return db.transaction('r', db.members, db.membershipPeriods, async () => {
    const [members, periods] = await Promise.all([db.members.toArray(), db.membershipPeriods.toArray()])
    const byMember = new Map<string, typeof periods>()
    for (const p of periods) byMember.set(p.memberId, [...(byMember.get(p.memberId) ?? []), p])
    return members
      .flatMap((member) => {
        const endedOn = latestPeriod(byMember.get(member.id) ?? [])?.ending?.endedOn
        if (!endedOn || endedOn > cutoff) return []
        return contactPersonEntries(member)
          .filter((e) => !e.anonymised)
          .map((e) => ({ ...e, endedOn }))
      })
      .sort(
        (a, b) =>
          a.endedOn.localeCompare(b.endedOn) ||
          a.memberName.localeCompare(b.memberName, 'sv') ||
          a.person.name.localeCompare(b.person.name, 'sv')
      )
  })
}
