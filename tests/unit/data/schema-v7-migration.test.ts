import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { exportBackup } from '@/data/backup/backup-export'
import { restoreBackup } from '@/data/backup/backup-restore'
import type { KugghjulDatabase } from '@/data/database'
import { createMember, loadMemberRegister } from '@/data/member-repository'
import { anonymiseContactPerson } from '@/data/privacy/contact-person-anonymisation'
import { ANONYMISED_NAME } from '@/data/privacy/contact-persons'
import { schemaVersions } from '@/data/schema'
import { decisionOn, freshDatabase, kommunDraft, today } from './fresh-database'

const v6 = schemaVersions.slice(0, 6)

/** Version 6 data: two members, one contact person anonymised the way version 6 did it (no list). */
async function writtenByVersion6(db: KugghjulDatabase) {
  const people = [
    { name: 'Åsa Öberg', role: 'Jämställdhetsstrateg', email: 'asa.oberg@kalmar.se', phone: '0480-450 00 00' },
    { name: 'Per Lind', role: 'HR-chef', email: 'per.lind@kalmar.se', phone: '' }
  ]
  const kalmar = await createMember(db, kommunDraft({ contactPersons: people }), decisionOn('2024-03-15'), today)
  const nybro = await createMember(
    db,
    kommunDraft({ name: 'Nybro kommun', orgNumber: '212000-0761' }),
    decisionOn('2024-03-15'),
    today
  )
  if (!kalmar.ok || !nybro.ok) throw new Error('setup failed')
  const member = kalmar.value.member
  const anonymised = { ...member.contactPersons[0]!, name: ANONYMISED_NAME, email: '', phone: '' }
  await db.members.update(member.id, { contactPersons: [anonymised, member.contactPersons[1]!] })
  return { kalmar: member, anonymised }
}

describe('schema version 7 (the list of anonymised contact persons)', () => {
  it('opens a database written by version 6 without losing anything and lists the persons already anonymised', async () => {
    const name = `migration-${crypto.randomUUID()}`
    const old = freshDatabase(name, v6)
    const { kalmar, anonymised } = await writtenByVersion6(old)
    const before = { register: await loadMemberRegister(old), audit: await old.auditLog.toArray() }
    expect(old.verno).toBe(6)
    old.close()

    // Opened at version 7 exactly, so this stays the v6 → v7 test when later versions are appended.
    const db = freshDatabase(name, schemaVersions.slice(0, 7))
    expect(db.verno).toBe(7)
    expect(await loadMemberRegister(db)).toEqual(before.register)
    expect(await db.auditLog.toArray()).toEqual(before.audit)
    expect(await db.anonymisedContactPersons.toArray()).toEqual([
      { personId: anonymised.id, memberId: kalmar.id, anonymisedAt: expect.stringMatching(/^\d{4}-/) }
    ])

    expect(await anonymiseContactPerson(db, kalmar.id, kalmar.contactPersons[1]!.id)).toEqual({
      ok: true,
      alreadyAnonymised: false
    })
    expect(await db.anonymisedContactPersons.count()).toBe(2)
  })

  it('lists the anonymised persons of a version 6 backup too, when it is restored', async () => {
    const old = freshDatabase(undefined, v6)
    const { anonymised } = await writtenByVersion6(old)
    const backup = await exportBackup(old, { appVersion: '0.1.0' })
    expect(backup.header.schemaVersion).toBe(6)

    const db = freshDatabase()
    const restored = await restoreBackup(db, backup.bytes, { appVersion: '0.1.0' })
    expect(restored.ok).toBe(true)
    expect((await db.anonymisedContactPersons.toArray()).map((r) => r.personId)).toEqual([anonymised.id])
  })

  it('keeps version 6 as released and adds only the new table in version 7', () => {
    expect(schemaVersions[5]).toEqual({ version: 6, stores: { evaluations: 'id, memberId, &periodId, status' } })
    expect(schemaVersions[6]!.stores).toEqual({ anonymisedContactPersons: 'personId' })
  })
})
