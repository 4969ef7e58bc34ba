import type { ContactPerson } from '@/domain/members/member'
import { formatNumber } from '@/domain/swedish-format'
import { recordAudit } from '../audit-log'
import { nowIso, type KugghjulDatabase } from '../database'
import type { AnonymisedContactPersonRecord, MemberRecord } from '../records'
import { writeTransaction } from '../write-transaction'
import { ANONYMISED_NAME, isAnonymised } from './contact-persons'
import { reapplyRecordAnonymisation } from './person-anonymisation'

export type AnonymiseResult = { ok: true; alreadyAnonymised: boolean } | { ok: false; message: string }

/**
 * Anonymises a contact person who has left: name, e-mail and phone are
 * replaced (the name by "Anonymiserad kontaktperson"), the role stays, and
 * so does everything about the organisation — public records must not
 * vanish. The person's name, e-mail or phone in the organisation's log
 * entries is replaced too. The person goes on the list of anonymised
 * contact persons, which a restore does not replace (reapplyAnonymisations).
 * One transaction, with an audit entry that names the role only.
 */
export async function anonymiseContactPerson(
  db: KugghjulDatabase,
  memberId: string,
  personId: string
): Promise<AnonymiseResult> {
  return writeTransaction(db, [db.members, db.auditLog, db.anonymisedContactPersons], async () => {
    const member = await db.members.get(memberId)
    const person = member?.contactPersons.find((c) => c.id === personId)
    if (!member || !person)
      return {
        ok: false,
        message: 'Kontaktpersonen finns inte längre i registret. Gå tillbaka till listan och försök igen.'
      }
    if (isAnonymised(person)) return { ok: true, alreadyAnonymised: true }

    await anonymiseContactPersonRow(
      db,
      member,
      person,
      `En kontaktperson (${roleOf(person)}) anonymiserades: namn, e-post och telefon togs bort.`
    )
    await db.anonymisedContactPersons.put({ personId, memberId, anonymisedAt: nowIso() })
    return { ok: true, alreadyAnonymised: false }
  })
}

/**
 * After a restore has replaced every other table, inside the same
 * transaction: merges the restored file's list of anonymised persons into
 * the one kept on this computer (the earlier entry of a person stays), then
 * anonymises every listed person the restored data shows again — a backup
 * taken before an anonymisation must not bring the person back (dialogue
 * participants and action responsibles too: reapplyRecordAnonymisation). Persons or
 * members the restored data does not have are left alone. Returns how many
 * persons were anonymised again.
 */
export async function reapplyAnonymisations(
  db: KugghjulDatabase,
  fromFile: readonly AnonymisedContactPersonRecord[]
): Promise<number> {
  const kept = await db.anonymisedContactPersons.toArray()
  const known = new Set(kept.map((row) => row.personId))
  const added = fromFile.filter((row) => !known.has(row.personId))
  await db.anonymisedContactPersons.bulkAdd(added)
  let again = 0
  for (const row of [...kept, ...added]) {
    if (row.kind) {
      again += await reapplyRecordAnonymisation(db, row)
      continue
    }
    const { memberId, personId } = row
    const member = await db.members.get(memberId)
    const person = member?.contactPersons.find((c) => c.id === personId)
    if (!member || !person || isAnonymised(person)) continue
    await anonymiseContactPersonRow(
      db,
      member,
      person,
      `En kontaktperson (${roleOf(person)}) anonymiserades igen efter återställningen av en säkerhetskopia: namn, e-post och telefon togs bort.`
    )
    again++
  }
  return again
}

/** For the notice after a restore: "2 anonymiserade personer anonymiserades igen." (contact persons, participants, responsibles), or '' for none. */
export function reanonymisedNotice(count: number): string {
  if (count === 0) return ''
  return count === 1
    ? '1 anonymiserad person anonymiserades igen.'
    : `${formatNumber(count)} anonymiserade personer anonymiserades igen.`
}

/** The anonymisation itself; the caller holds a rw transaction over members and auditLog. */
export async function anonymiseContactPersonRow(
  db: KugghjulDatabase,
  member: MemberRecord,
  person: ContactPerson,
  summary: string
): Promise<void> {
  const contactPersons = member.contactPersons.map((c) =>
    c.id === person.id ? { ...c, name: ANONYMISED_NAME, email: '', phone: '' } : c
  )
  await db.members.put({ ...member, contactPersons, updatedAt: nowIso() })
  const identifiers = [person.name, person.email, person.phone].filter((s) => s.trim().length >= 3)
  await db.auditLog
    .where('[entityType+entityId]')
    .equals(['member', member.id])
    .modify((entry) => {
      for (const id of identifiers) entry.summary = entry.summary.split(id).join(ANONYMISED_NAME)
    })
  await recordAudit(db, { entityType: 'member', entityId: member.id, action: 'update', summary })
}

function roleOf(person: ContactPerson): string {
  return person.role || 'utan angiven roll'
}
