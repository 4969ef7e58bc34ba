import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import { exportBackup } from '@/data/backup/backup-export'
import { restoreBackup } from '@/data/backup/backup-restore'
import { dumpDatabase } from '@/data/backup/database-dump'
import { createMember, loadMember, updateMember } from '@/data/member-repository'
import { endMembership, renewMembership } from '@/data/membership-repository'
import { anonymiseContactPerson, reanonymisedNotice } from '@/data/privacy/contact-person-anonymisation'
import { contactPersonsDueForReview } from '@/data/privacy/contact-person-retention'
import { ANONYMISED_NAME, listContactPersons } from '@/data/privacy/contact-persons'
import { loadPersonalDataRegister } from '@/data/privacy/personal-data-register'
import { memberToDraft, type ContactPerson } from '@/domain/members/member'
import { decisionOn, freshDatabase, kommunDraft, today } from '../fresh-database'

async function addMember(
  db: ReturnType<typeof freshDatabase>,
  name: string,
  orgNumber: string,
  contacts: [string, string][]
) {
  const draft = kommunDraft({
    name,
    orgNumber,
    contactPersons: contacts.map(([person, role]) => ({
      name: person,
      role,
      email: `${person.split(' ')[0]!.toLowerCase()}@example.se`,
      phone: '0480-123 45'
    }))
  })
  const created = await createMember(db, draft, decisionOn('2019-03-15'), today)
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  return created.value.member
}

async function setup() {
  const db = freshDatabase()
  const kalmar = await addMember(db, 'Kalmar kommun', '212000-0746', [
    ['Åsa Öberg', 'Jämställdhetsstrateg'],
    ['Per Lind', 'HR-chef']
  ])
  const nybro = await addMember(db, 'Nybro kommun', '212000-0761', [['Lena Ek', 'Folkhälsosamordnare']])
  return { db, kalmar, nybro }
}

describe('personal data (GDPR)', () => {
  it('registers which tables and fields hold contact persons and how many persons there are', async () => {
    const { db, kalmar } = await setup()
    let register = await loadPersonalDataRegister(db)
    expect(register.totalPersons).toBe(3)
    expect(register.categories).toEqual([
      expect.objectContaining({
        table: 'members',
        fields: expect.arrayContaining(['contactPersons[].email']),
        persons: 3,
        anonymised: 0
      }),
      expect.objectContaining({ table: 'dialogues', fieldsLabel: 'Namn, roll', persons: 0 }),
      expect.objectContaining({ table: 'actions', persons: 0 }),
      expect.objectContaining({ table: 'events', persons: 0 }),
      expect.objectContaining({ table: 'auditLog', persons: null })
    ])
    await anonymiseContactPerson(db, kalmar.id, kalmar.contactPersons[1]!.id)
    register = await loadPersonalDataRegister(db)
    expect(register.totalPersons).toBe(2)
    expect(register.categories[0]!.anonymised).toBe(1)
  })

  it('counts dialogue participants as persons too, each name once', async () => {
    const { db, kalmar } = await setup()
    const stamp = '2026-11-23T10:00:00.000Z'
    const dialogue = (id: string, participants: { name: string; role: string }[]) => ({
      id,
      memberId: kalmar.id,
      periodId: 'p',
      date: '2026-11-01',
      status: 'held' as const,
      kind: 'initial' as const,
      participants,
      needs: '',
      agreements: '',
      goals: [],
      focusAreaIds: [],
      nextFollowUpOn: null,
      createdAt: stamp,
      updatedAt: stamp
    })
    await db.dialogues.bulkAdd([
      dialogue('d1', [
        { name: 'Åsa Öberg', role: 'HR-chef' },
        { name: 'Per Lind', role: '' }
      ]),
      dialogue('d2', [
        { name: 'åsa öberg', role: 'HR-chef' },
        { name: ' ', role: 'okänd' }
      ])
    ])
    const register = await loadPersonalDataRegister(db)
    expect(register.categories.find((c) => c.table === 'dialogues')?.persons).toBe(2)
  })

  it('anonymises a contact person: name, e-mail and phone replaced, role and the organisation history kept, audit entry written', async () => {
    const { db, kalmar } = await setup()
    const per = kalmar.contactPersons[1]!
    const historyBefore = await auditEntriesFor(db, 'member', kalmar.id)

    expect(await anonymiseContactPerson(db, kalmar.id, per.id)).toEqual({ ok: true, alreadyAnonymised: false })
    const { member, periods } = (await loadMember(db, kalmar.id))!
    expect(member.contactPersons).toEqual([
      kalmar.contactPersons[0],
      { id: per.id, name: ANONYMISED_NAME, role: 'HR-chef', email: '', phone: '' }
    ])
    expect(member.name).toBe('Kalmar kommun')
    expect(periods).toHaveLength(1)
    const history = await auditEntriesFor(db, 'member', kalmar.id)
    expect(history).toHaveLength(historyBefore.length + 1)
    expect(history[0]!.summary).toBe('En kontaktperson (HR-chef) anonymiserades: namn, e-post och telefon togs bort.')
    expect(JSON.stringify(await db.auditLog.toArray())).not.toMatch(/Per Lind|per@example/)

    expect(await anonymiseContactPerson(db, kalmar.id, per.id)).toEqual({ ok: true, alreadyAnonymised: true })
    expect(await auditEntriesFor(db, 'member', kalmar.id)).toHaveLength(history.length)
  })

  it('keeps an anonymised contact person valid when the member is edited again', async () => {
    const { db, kalmar } = await setup()
    await anonymiseContactPerson(db, kalmar.id, kalmar.contactPersons[0]!.id)
    const { member } = (await loadMember(db, kalmar.id))!
    const saved = await updateMember(db, kalmar.id, { ...memberToDraft(member), website: 'https://kalmar.se' })
    expect(saved.ok).toBe(true)
  })

  it('lists contact persons of memberships ended more than N years ago for review', async () => {
    const { db, kalmar, nybro } = await setup()
    expect(
      (await endMembership(db, kalmar.id, { endedOn: '2022-03-14', reason: 'Valde att inte förnya' }, today)).ok
    ).toBe(true)
    // An ending falls within its period: Nybro renews (2022-03-15 – 2025-03-14) and ends in period 2.
    expect((await renewMembership(db, nybro.id, decisionOn('2022-01-10'), today)).ok).toBe(true)
    expect((await endMembership(db, nybro.id, { endedOn: '2025-02-28', reason: 'Omorganisation' }, today)).ok).toBe(
      true
    )

    const due = await contactPersonsDueForReview(db, { years: 3, today })
    expect(due.map((e) => [e.memberName, e.person.name, e.endedOn])).toEqual([
      ['Kalmar kommun', 'Per Lind', '2022-03-14'],
      ['Kalmar kommun', 'Åsa Öberg', '2022-03-14']
    ])
    expect((await contactPersonsDueForReview(db, { years: 1, today })).map((e) => e.person.name)).toEqual([
      'Per Lind',
      'Åsa Öberg',
      'Lena Ek'
    ])

    await anonymiseContactPerson(db, kalmar.id, kalmar.contactPersons[0]!.id)
    expect((await contactPersonsDueForReview(db, { years: 3, today })).map((e) => e.person.name)).toEqual(['Per Lind'])

    // Joining again after the ending takes the member off the list.
    await renewMembership(db, kalmar.id, decisionOn('2024-01-10'), today)
    expect(await contactPersonsDueForReview(db, { years: 3, today })).toEqual([])
  })

  it('lists every contact person with its member, anonymised ones marked', async () => {
    const { db, nybro } = await setup()
    await anonymiseContactPerson(db, nybro.id, nybro.contactPersons[0]!.id)
    const entries = await listContactPersons(db)
    expect(entries.map((e) => [e.person.name, e.memberName, e.anonymised])).toEqual([
      ['Anonymiserad kontaktperson', 'Nybro kommun', true],
      ['Per Lind', 'Kalmar kommun', false],
      ['Åsa Öberg', 'Kalmar kommun', false]
    ])
  })
})

describe('anonymisation survives a restore (GDPR)', () => {
  const appVersion = '0.1.0'
  const everything = async (db: ReturnType<typeof freshDatabase>) => JSON.stringify(await dumpDatabase(db))

  it('lists an anonymised person by ids and time only', async () => {
    const { db, kalmar } = await setup()
    const per = kalmar.contactPersons[1]!
    await anonymiseContactPerson(db, kalmar.id, per.id)
    expect(await db.anonymisedContactPersons.toArray()).toEqual([
      { personId: per.id, memberId: kalmar.id, anonymisedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }
    ])
  })

  it('anonymises again the persons that a backup from before their anonymisation brings back, and no one else', async () => {
    const { db, kalmar, nybro } = await setup()
    const [asa, per] = kalmar.contactPersons as [ContactPerson, ContactPerson]
    const lena = nybro.contactPersons[0]!
    const older = await exportBackup(db, { appVersion })
    await anonymiseContactPerson(db, kalmar.id, asa.id)
    await anonymiseContactPerson(db, nybro.id, lena.id)
    expect(await everything(db)).not.toMatch(/Åsa Öberg|åsa@example|Lena Ek|lena@example/)

    const restored = await restoreBackup(db, older.bytes, { appVersion })
    if (!restored.ok) throw new Error(restored.problem.message)
    expect(restored.reanonymised).toBe(2)
    expect(reanonymisedNotice(restored.reanonymised)).toBe('2 anonymiserade personer anonymiserades igen.')

    expect((await loadMember(db, kalmar.id))!.member.contactPersons).toEqual([
      { id: asa.id, name: ANONYMISED_NAME, role: 'Jämställdhetsstrateg', email: '', phone: '' },
      per
    ])
    expect((await loadMember(db, nybro.id))!.member.contactPersons).toEqual([
      { id: lena.id, name: ANONYMISED_NAME, role: 'Folkhälsosamordnare', email: '', phone: '' }
    ])
    // Not in the members, the log or anywhere else; the unrelated person is still there.
    const after = await everything(db)
    expect(after).not.toMatch(/Åsa Öberg|åsa@example|Lena Ek|lena@example/)
    expect(after).toMatch(/Per Lind/)
    expect((await auditEntriesFor(db, 'member', kalmar.id))[0]!.summary).toBe(
      'En kontaktperson (Jämställdhetsstrateg) anonymiserades igen efter återställningen av en säkerhetskopia: namn, e-post och telefon togs bort.'
    )
    // The list is kept although the file had none.
    expect((await db.anonymisedContactPersons.toArray()).map((r) => r.personId).sort()).toEqual(
      [asa.id, lena.id].sort()
    )

    // The same file again brings both back once more, and both are anonymised once more.
    const again = await restoreBackup(db, older.bytes, { appVersion })
    expect(again.ok && again.reanonymised).toBe(2)
  })

  it('takes in the list a backup carries, so a later restore of an even older file on another computer anonymises too', async () => {
    const { db, kalmar } = await setup()
    const asa = kalmar.contactPersons[0]!
    const beforeAnonymisation = await exportBackup(db, { appVersion })
    await anonymiseContactPerson(db, kalmar.id, asa.id)
    const afterAnonymisation = await exportBackup(db, { appVersion })

    const other = freshDatabase()
    const first = await restoreBackup(other, afterAnonymisation.bytes, { appVersion })
    expect(first.ok && first.reanonymised).toBe(0) // the file's data is anonymised already
    expect(await other.anonymisedContactPersons.count()).toBe(1)

    const second = await restoreBackup(other, beforeAnonymisation.bytes, { appVersion })
    expect(second.ok && second.reanonymised).toBe(1)
    expect(reanonymisedNotice(1)).toBe('1 anonymiserad person anonymiserades igen.')
    expect(await everything(other)).not.toMatch(/Åsa Öberg|åsa@example/)
  })

  it('leaves the list alone when the restored data does not have the person', async () => {
    const empty = freshDatabase()
    const emptyBackup = await exportBackup(empty, { appVersion })
    const { db, kalmar } = await setup()
    await anonymiseContactPerson(db, kalmar.id, kalmar.contactPersons[0]!.id)

    const restored = await restoreBackup(db, emptyBackup.bytes, { appVersion })
    expect(restored.ok && restored.reanonymised).toBe(0)
    expect(reanonymisedNotice(0)).toBe('')
    expect(await db.members.count()).toBe(0)
    expect(await db.anonymisedContactPersons.count()).toBe(1)
  })
})
