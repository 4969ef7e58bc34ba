import { ANONYMISED_PARTICIPANT, ANONYMISED_RESPONSIBLE, normalisePersonName } from '@/domain/privacy/person-name'
import type { KugghjulDatabase } from '../database'
import { listContactPersons } from './contact-persons'
import type { PersonalDataKind } from '@/domain/privacy/register-extract'

/**
 * The register of personal data Kugghjul holds (registerförteckning), for
 * Personuppgifter and the registerutdrag. Register a category here when a
 * table starts holding data about people, so the register and every
 * extract stay complete.
 */
export interface PersonalDataCategory {
  kind: PersonalDataKind
  /** Swedish. */
  label: string
  table: string
  /** Where in a row, e.g. "contactPersons[].name". */
  fields: readonly string[]
  /** The same in Swedish for the screen, e.g. "Namn, roll, e-post, telefon". */
  fieldsLabel: string
  /** Swedish: why the data is kept. */
  purpose: string
  /** Swedish: the legal basis (GDPR art. 6). */
  legalBasis: string
  /** Swedish: for how long the data is kept (the retention rule). */
  retention: string
  /** How many persons the category holds now, and how many of them are anonymised; null where persons are not counted (the log). */
  count(db: KugghjulDatabase): Promise<{ persons: number; anonymised: number } | null>
}

/** Years after an ended membership when the contact persons are due for review (Gallring). */
export const RETENTION_YEARS_AFTER_ENDING = 2

const publicTask =
  'Uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen): länsstyrelsens uppdrag att verka för att de jämställdhetspolitiska målen får genomslag i länet, enligt förordningen (2017:868) med länsstyrelseinstruktion.'
const publicRecords =
  'Uppgifterna ingår i allmänna handlingar och bevaras eller gallras enligt arkivlagen och länsstyrelsens informationshanteringsplan.'

/** Distinct non-empty names among `names`, and how many of them are the anonymised marker. */
function distinct(names: Iterable<string>, anonymisedMarker: string | null): { persons: number; anonymised: number } {
  const seen = new Set<string>()
  let anonymised = 0
  for (const name of names) {
    if (name.trim() === anonymisedMarker) anonymised++
    else if (name.trim()) seen.add(normalisePersonName(name))
  }
  return { persons: seen.size, anonymised }
}

export const personalDataCategories: readonly PersonalDataCategory[] = [
  {
    kind: 'contactPerson',
    label: 'Kontaktpersoner hos anslutna verksamheter',
    table: 'members',
    fields: ['contactPersons[].name', 'contactPersons[].role', 'contactPersons[].email', 'contactPersons[].phone'],
    fieldsLabel: 'Namn, roll, e-post, telefon',
    purpose: 'Kontakt med verksamheten om anslutningen, dialoger, insatser och inbjudningar till länets aktiviteter.',
    legalBasis: publicTask,
    retention: `Så länge verksamheten är ansluten. När anslutningen har avslutats gås kontaktpersonerna igenom efter ${RETENTION_YEARS_AFTER_ENDING} år och anonymiseras när de inte längre behövs.`,
    async count(db) {
      const entries = await listContactPersons(db)
      const anonymised = entries.filter((e) => e.anonymised).length
      return { persons: entries.length - anonymised, anonymised }
    }
  },
  {
    kind: 'dialogueParticipant',
    label: 'Deltagare i dialoger',
    table: 'dialogues',
    fields: ['participants[].name', 'participants[].role'],
    fieldsLabel: 'Namn, roll',
    purpose: 'Vem som deltog i dialogen med verksamheten, som underlag för uppföljning och utvärdering.',
    legalBasis: publicTask,
    retention: `Under anslutningsperioden och utvärderingen av den. ${publicRecords} Namnet kan anonymiseras; rollen finns kvar.`,
    async count(db) {
      const names: string[] = []
      await db.dialogues.each((d) => d.participants.forEach((p) => names.push(p.name)))
      return distinct(names, ANONYMISED_PARTICIPANT)
    }
  },
  {
    kind: 'actionResponsible',
    label: 'Ansvariga för insatser',
    table: 'actions',
    fields: ['responsible'],
    fieldsLabel: 'Namn (eller funktion)',
    purpose: 'Vem hos verksamheten som ansvarar för en insats i insatsplanen, för uppföljningen av planen.',
    legalBasis: publicTask,
    retention: `Under anslutningsperioden och utvärderingen av den. ${publicRecords} Namnet kan anonymiseras.`,
    async count(db) {
      const names: string[] = []
      await db.actions.each((a) => names.push(a.responsible))
      return distinct(names, ANONYMISED_RESPONSIBLE)
    }
  },
  {
    kind: 'eventOrganiser',
    label: 'Arrangörer av aktiviteter',
    table: 'events',
    fields: ['organiser'],
    fieldsLabel: 'Namn (person eller organisation)',
    purpose: 'Vem som arrangerar en aktivitet i länets årshjul, så att deltagare vet vem de kan vända sig till.',
    legalBasis: publicTask,
    retention: `Så länge aktiviteten finns i årshjulet. ${publicRecords}`,
    async count(db) {
      const names: string[] = []
      await db.events.each((e) => names.push(e.organiser))
      return distinct(names, null)
    }
  },
  {
    kind: 'auditLog',
    label: 'Historik (logg över ändringar)',
    table: 'auditLog',
    fields: ['summary'],
    fieldsLabel: 'Tidpunkt och beskrivning av ändringen, som kan nämna namn, e-post eller telefon',
    purpose: 'Spårbarhet: vad som har ändrats i registret och när.',
    legalBasis: publicTask,
    retention:
      'Lika länge som uppgifterna loggen gäller. När en person anonymiseras ersätts personens namn, e-post och telefon i loggen också.',
    async count() {
      return null
    }
  }
]

export function categoryOf(kind: PersonalDataKind): PersonalDataCategory {
  return personalDataCategories.find((c) => c.kind === kind)!
}

export interface PersonalDataRegister {
  categories: (Omit<PersonalDataCategory, 'count'> & { persons: number | null; anonymised: number | null })[]
  /** Persons whose data is held (not anonymised), summed over the counted categories. */
  totalPersons: number
}

export async function loadPersonalDataRegister(db: KugghjulDatabase): Promise<PersonalDataRegister> {
  const categories = await Promise.all(
    personalDataCategories.map(async ({ count, ...category }) => {
      const counted = await count(db)
      return { ...category, persons: counted?.persons ?? null, anonymised: counted?.anonymised ?? null }
    })
  )
  return { categories, totalPersons: categories.reduce((sum, c) => sum + (c.persons ?? 0), 0) }
}
