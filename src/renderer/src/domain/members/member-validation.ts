import { findMunicipality, matchMunicipality } from '../regions/municipality-lookup'
import type { ContactPerson, ContactPersonDraft, MemberDraft, MemberFields } from './member'
import { isMemberType } from './member-type'
import { parseOrgNumber } from './org-number'

export type ContactPersonField = 'name' | 'email' | 'phone'
export type ContactPersonErrors = Partial<Record<ContactPersonField, string>>

export type MemberField = 'name' | 'orgNumber' | 'type' | 'municipalityCode' | 'postalCode' | 'website'
/** Swedish messages per field; `contactPersons` is keyed by the row's index in the draft. */
export type MemberDraftErrors = Partial<Record<MemberField, string>> & {
  contactPersons?: Record<number, ContactPersonErrors>
}

/** A contact person as validated; the repository gives it an id when it has none. */
export type ValidContactPerson = Omit<ContactPerson, 'id'> & { id?: string }
export type ValidMemberFields = Omit<MemberFields, 'contactPersons'> & { contactPersons: ValidContactPerson[] }

export type MemberDraftResult = { ok: true; fields: ValidMemberFields } | { ok: false; errors: MemberDraftErrors }

const MAX_NAME = 200
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/
const PHONE_CHARACTERS = /^\+?[\d\s\-()]+$/

export function emailProblem(email: string): string | undefined {
  if (email === '' || EMAIL.test(email)) return undefined
  return 'E-postadressen ser inte ut som en e-postadress. Skriv den som namn@exempel.se.'
}

export function phoneProblem(phone: string): string | undefined {
  if (phone === '') return undefined
  const digits = phone.replace(/\D/g, '').length
  if (!PHONE_CHARACTERS.test(phone))
    return 'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck, parenteser och +, t.ex. 0480-123 45.'
  if (digits < 7 || digits > 15) return 'Telefonnumret ska ha mellan 7 och 15 siffror, t.ex. 0480-123 45.'
  return undefined
}

/** "www.kalmar.se" → "https://www.kalmar.se"; undefined when it cannot be a web address. */
export function normaliseWebsite(input: string): string | undefined {
  if (input === '') return ''
  if (/\s/.test(input)) return undefined
  const withScheme = /^https?:\/\//i.test(input) ? input : `https://${input}`
  try {
    const url = new URL(withScheme)
    return url.hostname.includes('.') && !url.hostname.endsWith('.') ? withScheme : undefined
  } catch {
    return undefined
  }
}

/** "39231" or "392 31" → "392 31"; undefined when it is not five digits. */
export function normalisePostalCode(input: string): string | undefined {
  if (input === '') return ''
  const digits = input.replace(/\s/g, '')
  return /^\d{5}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3)}` : undefined
}

function isBlankContact(c: ContactPersonDraft): boolean {
  return [c.name, c.role, c.email, c.phone].every((v) => v.trim() === '')
}

function validateContact(draft: ContactPersonDraft): { person: ValidContactPerson; errors: ContactPersonErrors } {
  const person: ValidContactPerson = {
    ...(draft.id ? { id: draft.id } : {}),
    name: draft.name.trim(),
    role: draft.role.trim(),
    email: draft.email.trim(),
    phone: draft.phone.trim()
  }
  const errors: ContactPersonErrors = {}
  if (person.name === '') errors.name = 'Ange kontaktpersonens namn, eller ta bort raden.'
  const email = emailProblem(person.email)
  if (email) errors.email = email
  const phone = phoneProblem(person.phone)
  if (phone) errors.phone = phone
  return { person, errors }
}

/** The kommun code a member gets: a kommun takes it from its name; others keep what was chosen. */
function resolveMunicipality(draft: MemberDraft, name: string): { code: string | null; error?: string } {
  const chosen = draft.municipalityCode.trim()
  if (draft.type === 'municipality') {
    const fromName = matchMunicipality(name)
    if (fromName) return { code: fromName.code }
    if (chosen === '')
      return {
        code: null,
        error: `Hittar ingen kommun som heter "${name}". Skriv namnet som t.ex. "Kalmar kommun" eller välj kommun i listan.`
      }
  }
  if (chosen === '') return { code: null }
  if (!findMunicipality(chosen)) return { code: null, error: 'Kommunen finns inte i listan. Välj en kommun i listan.' }
  return { code: chosen }
}

/**
 * Checks a member form and, when everything is right, returns the fields as
 * they are stored: trimmed, orgnr as NNNNNN-NNNN, kommun code filled in,
 * website with https://, postal code as NNN NN, blank contact rows dropped.
 * Duplicate orgnr is the repository's check, since it needs the register.
 */
export function validateMemberDraft(draft: MemberDraft): MemberDraftResult {
  const errors: MemberDraftErrors = {}
  const name = draft.name.trim().replace(/\s+/g, ' ')
  if (name === '') errors.name = 'Ange verksamhetens namn, t.ex. "Kalmar kommun".'
  else if (name.length > MAX_NAME) errors.name = `Namnet får vara högst ${MAX_NAME} tecken.`

  const orgNumber = parseOrgNumber(draft.orgNumber)
  if (!orgNumber.ok) errors.orgNumber = orgNumber.error
  if (!isMemberType(draft.type)) errors.type = 'Välj vilken sorts verksamhet det är.'

  const municipality = name === '' ? { code: null } : resolveMunicipality(draft, name)
  if (municipality.error) errors.municipalityCode = municipality.error
  const postalCode = normalisePostalCode(draft.postalCode.trim())
  if (postalCode === undefined) errors.postalCode = 'Ange postnumret med fem siffror, t.ex. 392 31.'
  const website = normaliseWebsite(draft.website.trim())
  if (website === undefined)
    errors.website = 'Webbadressen ser inte ut som en webbadress. Skriv den som t.ex. www.kalmar.se.'

  const contactPersons: ValidContactPerson[] = []
  draft.contactPersons.forEach((draftContact, index) => {
    if (isBlankContact(draftContact)) return
    const { person, errors: contactErrors } = validateContact(draftContact)
    contactPersons.push(person)
    if (Object.keys(contactErrors).length > 0) (errors.contactPersons ??= {})[index] = contactErrors
  })

  if (Object.keys(errors).length > 0 || !orgNumber.ok) return { ok: false, errors }
  return {
    ok: true,
    fields: {
      name,
      orgNumber: orgNumber.value,
      type: draft.type,
      municipalityCode: municipality.code,
      streetAddress: draft.streetAddress.trim(),
      postalCode: postalCode ?? '',
      postalTown: draft.postalTown.trim(),
      website: website ?? '',
      contactPersons
    }
  }
}
