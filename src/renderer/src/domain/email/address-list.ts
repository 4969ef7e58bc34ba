import type { ContactPerson } from '../members/member'
import { emailProblem } from '../members/member-validation'

/**
 * The e-mail addresses of members' contact persons, for "Kopiera
 * e-postadresser" and "Skriv e-post" (Bcc): each address once (case does not
 * matter), in the members' order, empty and malformed addresses left out.
 */
export function contactAddresses(
  members: readonly { contactPersons: readonly Pick<ContactPerson, 'email'>[] }[]
): string[] {
  const seen = new Set<string>()
  const addresses: string[] = []
  for (const m of members)
    for (const c of m.contactPersons) {
      const email = c.email.trim()
      const key = email.toLowerCase()
      if (email === '' || emailProblem(email) !== undefined || seen.has(key)) continue
      seen.add(key)
      addresses.push(email)
    }
  return addresses
}

/** Separated by semicolons, as Outlook takes them in To, Cc and Bcc. */
export function addressListText(addresses: readonly string[]): string {
  return addresses.join('; ')
}

/** Windows hands a mailto link to the mail program only up to about 2 000 characters. */
export const MAILTO_MAX_LENGTH = 2000

export type BccMailto = { fits: true; url: string } | { fits: false; reason: string }

/** A `mailto:?bcc=…` link with every address in Bcc, or why it cannot be one (Swedish). */
export function bccMailto(addresses: readonly string[]): BccMailto {
  if (addresses.length === 0) return { fits: false, reason: 'Det finns inga e-postadresser till kontaktpersonerna.' }
  const url = `mailto:?bcc=${addresses.map(encodeURIComponent).join(',')}`
  if (url.length > MAILTO_MAX_LENGTH)
    return {
      fits: false,
      reason: `De ${addresses.length} adresserna är för många för att e-postprogrammet ska kunna öppnas med dem (högst cirka ${MAILTO_MAX_LENGTH} tecken i en e-postlänk). Adresserna är kopierade i stället: klistra in dem i fältet Hemlig kopia (Bcc).`
    }
  return { fits: true, url }
}
