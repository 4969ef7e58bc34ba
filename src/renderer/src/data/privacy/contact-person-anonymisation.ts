import { recordAudit } from '../audit-log'
import { nowIso, type KugghjulDatabase } from '../database'
import { writeTransaction } from '../write-transaction'
import { ANONYMISED_NAME, isAnonymised } from './contact-persons'

export type AnonymiseResult = { ok: true; alreadyAnonymised: boolean } | { ok: false; message: string }

/**
 * Anonymises a contact person who has left: name, e-mail and phone are
 * replaced (the name by "Anonymiserad kontaktperson"), the role stays, and
 * so does everything about the organisation — public records must not
 * vanish. The person's name, e-mail or phone in the organisation's log
 * entries is replaced too. One transaction, with an audit entry that names
 * the role only.
 */
export async function anonymiseContactPerson(db: KugghjulDatabase, memberId: string, personId: string): Promise<AnonymiseResult> {
  return writeTransaction(db, [db.members, db.auditLog], async () => {
    const member = await db.members.get(memberId)
    const person = member?.contactPersons.find((c) => c.id === personId)
    if (!member || !person) return { ok: false, message: 'Kontaktpersonen finns inte längre i registret. Gå tillbaka till listan och försök igen.' }
    if (isAnonymised(person)) return { ok: true, alreadyAnonymised: true }

    const contactPersons = member.contactPersons.map((c) => (c.id === personId ? { ...c, name: ANONYMISED_NAME, email: '', phone: '' } : c))
    await db.members.put({ ...member, contactPersons, updatedAt: nowIso() })
    const identifiers = [person.name, person.email, person.phone].filter((s) => s.trim().length >= 3)
    await db.auditLog
      .where('[entityType+entityId]')
      .equals(['member', memberId])
      .modify((entry) => {
        for (const id of identifiers) entry.summary = entry.summary.split(id).join(ANONYMISED_NAME)
      })
    await recordAudit(db, {
      entityType: 'member',
      entityId: memberId,
      action: 'update',
      summary: `En kontaktperson (${person.role || 'utan angiven roll'}) anonymiserades: namn, e-post och telefon togs bort.`
    })
    return { ok: true, alreadyAnonymised: false }
  })
}
