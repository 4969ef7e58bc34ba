import type { ContactPerson } from '@/domain/members/member'
import type { KugghjulDatabase } from '../database'
import type { MemberRecord } from '../records'

/** What replaces an anonymised contact person's name; e-mail and phone become empty. */
export const ANONYMISED_NAME = 'Anonymiserad kontaktperson'

export function isAnonymised(person: ContactPerson): boolean {
  return person.name === ANONYMISED_NAME && person.email === '' && person.phone === ''
}

/** One contact person with the member it belongs to. */
export interface ContactPersonEntry {
  memberId: string
  memberName: string
  orgNumber: string
  memberArchived: boolean
  person: ContactPerson
  anonymised: boolean
}

export function contactPersonEntries(member: MemberRecord): ContactPersonEntry[] {
  return member.contactPersons.map((person) => ({
    memberId: member.id,
    memberName: member.name,
    orgNumber: member.orgNumber,
    memberArchived: member.archivedAt !== null,
    person,
    anonymised: isAnonymised(person)
  }))
}

/** Every contact person in the register, archived members included, sorted by name. */
export async function listContactPersons(db: KugghjulDatabase): Promise<ContactPersonEntry[]> {
  const members = await db.members.toArray()
  return members.flatMap(contactPersonEntries).sort((a, b) => a.person.name.localeCompare(b.person.name, 'sv'))
}
