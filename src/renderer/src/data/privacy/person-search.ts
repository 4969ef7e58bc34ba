import { dialogueKindLabels } from '@/domain/dialogues/dialogue'
import {
  ANONYMISED_PARTICIPANT,
  ANONYMISED_RESPONSIBLE,
  normalisePersonName,
  textNamesPerson
} from '@/domain/privacy/person-name'
import { compareSwedish } from '@/domain/swedish-format'
import type { PersonAppearance } from '@/domain/privacy/person-appearance'
import type { KugghjulDatabase } from '../database'
import { contactPersonEntries } from './contact-persons'

/**
 * A person as the register knows them: everyone with the same name (case and
 * spacing aside) is taken as one person, with every place the name appears.
 * Responsibles and organisers are free text: one that names a known person
 * joins that person; one that names nobody known is a person of its own.
 */
export interface PersonHit {
  /** The normalised name (normalisePersonName). */
  key: string
  name: string
  emails: string[]
  phones: string[]
  appearances: PersonAppearance[]
}

/** Everyone in the register who is not anonymised, by name. One read transaction. */
export async function loadPersons(db: KugghjulDatabase): Promise<PersonHit[]> {
  const [members, dialogues, actions, events] = await db.transaction(
    'r',
    [db.members, db.dialogues, db.actions, db.events],
    () => Promise.all([db.members.toArray(), db.dialogues.toArray(), db.actions.toArray(), db.events.toArray()])
  )
  const memberNames = new Map(members.map((m) => [m.id, m.name]))
  const byKey = new Map<string, PersonHit>()
  const personOf = (name: string): PersonHit => {
    const key = normalisePersonName(name)
    let hit = byKey.get(key)
    if (!hit)
      byKey.set(key, (hit = { key, name: name.trim().replace(/\s+/g, ' '), emails: [], phones: [], appearances: [] }))
    return hit
  }

  for (const entry of members.flatMap(contactPersonEntries)) {
    if (entry.anonymised || !entry.person.name.trim()) continue
    const { id: personId, name, role, email, phone } = entry.person
    const hit = personOf(name)
    if (email && !hit.emails.includes(email)) hit.emails.push(email)
    if (phone && !hit.phones.includes(phone)) hit.phones.push(phone)
    hit.appearances.push({
      kind: 'contactPerson',
      memberId: entry.memberId,
      memberName: entry.memberName,
      personId,
      name,
      role,
      email,
      phone
    })
  }
  for (const d of dialogues) {
    for (const p of d.participants) {
      if (!p.name.trim() || p.name === ANONYMISED_PARTICIPANT) continue
      const memberName = memberNames.get(d.memberId) ?? ''
      personOf(p.name).appearances.push({
        kind: 'dialogueParticipant',
        memberId: d.memberId,
        memberName,
        dialogueId: d.id,
        date: d.date,
        dialogueKind: dialogueKindLabels[d.kind],
        name: p.name,
        role: p.role
      })
    }
  }
  const named = [...byKey.values()]
  const attach = (text: string, appearance: PersonAppearance) => {
    const people = named.filter((hit) => textNamesPerson(text, hit.key))
    for (const hit of people.length > 0 ? people : [personOf(text)]) hit.appearances.push(appearance)
  }
  for (const a of actions) {
    if (!a.responsible.trim() || a.responsible === ANONYMISED_RESPONSIBLE) continue
    attach(a.responsible, {
      kind: 'actionResponsible',
      memberId: a.memberId,
      memberName: memberNames.get(a.memberId) ?? '',
      actionId: a.id,
      actionTitle: a.title,
      responsible: a.responsible
    })
  }
  for (const e of events) {
    if (!e.organiser.trim()) continue
    attach(e.organiser, {
      kind: 'eventOrganiser',
      eventId: e.id,
      eventTitle: e.title,
      date: e.date,
      organiser: e.organiser
    })
  }
  return [...byKey.values()].sort((a, b) => compareSwedish(a.name, b.name))
}

/** The persons whose name, e-mail or any appearance's text contains the query (case aside); all for an empty query. */
export function searchPersons(persons: readonly PersonHit[], query: string): PersonHit[] {
  const q = normalisePersonName(query)
  if (!q) return [...persons]
  return persons.filter(
    (p) =>
      p.key.includes(q) ||
      p.emails.some((e) => e.toLocaleLowerCase('sv').includes(q)) ||
      p.appearances.some((a) =>
        (a.kind === 'actionResponsible' ? a.responsible : a.kind === 'eventOrganiser' ? a.organiser : '')
          .toLocaleLowerCase('sv')
          .includes(q)
      )
  )
}

/** "Kontaktperson hos Kalmar kommun", "Deltagare i dialog 2026-10-01 med Nybro kommun": where, in one line. */
