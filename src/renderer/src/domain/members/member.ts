import type { MemberType } from './member-type'

/**
 * A person the coordinator talks to at a member. Deliberately nothing more
 * than name, role, e-mail and phone: no personnummer or other personal data.
 */
export interface ContactPerson {
  id: string
  name: string
  role: string
  email: string
  phone: string
}

/** An organisation that joined the county strategy (ansluten verksamhet), as stored. */
export interface Member {
  id: string
  name: string
  /** Always normalised to NNNNNN-NNNN. */
  orgNumber: string
  type: MemberType
  /** SCB kommunkod (4 digits) or null when the member is not tied to one kommun. */
  municipalityCode: string | null
  streetAddress: string
  postalCode: string
  postalTown: string
  /** Empty, or a full URL starting with https:// or http://. */
  website: string
  contactPersons: ContactPerson[]
  /** Set when archived (soft delete); null while in the register. ISO timestamp. */
  archivedAt: string | null
}

/** The member fields a user edits; id and archive state are the repository's business. */
export type MemberFields = Omit<Member, 'id' | 'archivedAt'>

/** What a form holds while the user types: every field a string, contact persons maybe without id. */
export interface MemberDraft {
  name: string
  orgNumber: string
  type: MemberType
  /** '' when not chosen. For a kommun it is filled in from the name if left empty. */
  municipalityCode: string
  streetAddress: string
  postalCode: string
  postalTown: string
  website: string
  contactPersons: ContactPersonDraft[]
}

export type ContactPersonDraft = Omit<ContactPerson, 'id'> & { id?: string }

export function emptyMemberDraft(type: MemberType = 'municipality'): MemberDraft {
  return {
    name: '',
    orgNumber: '',
    type,
    municipalityCode: '',
    streetAddress: '',
    postalCode: '',
    postalTown: '',
    website: '',
    contactPersons: []
  }
}

export function emptyContactPerson(): ContactPersonDraft {
  return { name: '', role: '', email: '', phone: '' }
}

/** A stored member as a draft, for the edit form. */
export function memberToDraft(member: Member): MemberDraft {
  return {
    name: member.name,
    orgNumber: member.orgNumber,
    type: member.type,
    municipalityCode: member.municipalityCode ?? '',
    streetAddress: member.streetAddress,
    postalCode: member.postalCode,
    postalTown: member.postalTown,
    website: member.website,
    contactPersons: member.contactPersons.map((c) => ({ ...c }))
  }
}
