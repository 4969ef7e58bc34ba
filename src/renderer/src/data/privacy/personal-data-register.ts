import type { KugghjulDatabase } from '../database'
import { listContactPersons } from './contact-persons'

/**
 * The register of personal data Kugghjul holds (registerförteckning), for
 * Inställningar. Register a category here when a table starts holding data
 * about people (e.g. dialogue participants), so the register stays complete.
 */
export interface PersonalDataCategory {
  /** Swedish. */
  label: string
  table: string
  /** Where in a row, e.g. "contactPersons[].name". */
  fields: readonly string[]
  /** The same in Swedish for the screen, e.g. "Namn, roll, e-post, telefon". */
  fieldsLabel: string
  /** Swedish: why the data is kept. */
  purpose: string
  /** How many persons the category holds now, and how many of them are anonymised. */
  count(db: KugghjulDatabase): Promise<{ persons: number; anonymised: number }>
}

export const personalDataCategories: readonly PersonalDataCategory[] = [
  {
    label: 'Kontaktpersoner hos anslutna verksamheter',
    table: 'members',
    fields: ['contactPersons[].name', 'contactPersons[].role', 'contactPersons[].email', 'contactPersons[].phone'],
    fieldsLabel: 'Namn, roll, e-post, telefon',
    purpose: 'Kontakt med verksamheten om anslutningen, dialoger, insatser och inbjudningar till länets aktiviteter.',
    async count(db) {
      const entries = await listContactPersons(db)
      const anonymised = entries.filter((e) => e.anonymised).length
      return { persons: entries.length - anonymised, anonymised }
    }
  },
  {
    label: 'Deltagare i dialoger',
    table: 'dialogues',
    fields: ['participants[].name', 'participants[].role'],
    fieldsLabel: 'Namn, roll',
    purpose: 'Vem som deltog i dialogen med verksamheten, som underlag för uppföljning och utvärdering.',
    async count(db) {
      const names = new Set<string>()
      await db.dialogues.each((d) => d.participants.forEach((p) => p.name.trim() && names.add(p.name.trim().toLocaleLowerCase('sv'))))
      return { persons: names.size, anonymised: 0 }
    }
  }
]

export interface PersonalDataRegister {
  categories: (Omit<PersonalDataCategory, 'count'> & { persons: number; anonymised: number })[]
  /** Persons whose data is held (not anonymised), over all categories. */
  totalPersons: number
}

export async function loadPersonalDataRegister(db: KugghjulDatabase): Promise<PersonalDataRegister> {
  const categories = await Promise.all(
    personalDataCategories.map(async ({ count, ...category }) => ({ ...category, ...(await count(db)) }))
  )
  return { categories, totalPersons: categories.reduce((sum, c) => sum + c.persons, 0) }
}
