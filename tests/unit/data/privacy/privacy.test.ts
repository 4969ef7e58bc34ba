import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { auditEntriesFor, recordAudit } from '@/data/audit-log'
import { createMember, loadMember, updateMember } from '@/data/member-repository'
import { endMembership, renewMembership } from '@/data/membership-repository'
import { anonymiseContactPerson } from '@/data/privacy/contact-person-anonymisation'
import { exportContactPerson } from '@/data/privacy/contact-person-export'
import { contactPersonsDueForReview } from '@/data/privacy/contact-person-retention'
import { ANONYMISED_NAME, listContactPersons } from '@/data/privacy/contact-persons'
import { loadPersonalDataRegister } from '@/data/privacy/personal-data-register'
import { memberToDraft } from '@/domain/members/member'
import { decisionOn, freshDatabase, kommunDraft, today } from '../fresh-database'

async function addMember(db: ReturnType<typeof freshDatabase>, name: string, orgNumber: string, contacts: [string, string][]) {
  const draft = kommunDraft({
    name,
    orgNumber,
    contactPersons: contacts.map(([person, role]) => ({ name: person, role, email: `${person.split(' ')[0]!.toLowerCase()}@example.se`, phone: '0480-123 45' }))
  })
  const created = await createMember(db, draft, decisionOn('2019-03-15'), today)
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  return created.value.member
}

async function setup() {
  const db = freshDatabase()
  const kalmar = await addMember(db, 'Kalmar kommun', '212000-0746', [['Åsa Öberg', 'Jämställdhetsstrateg'], ['Per Lind', 'HR-chef']])
  const nybro = await addMember(db, 'Nybro kommun', '212000-0761', [['Lena Ek', 'Folkhälsosamordnare']])
  return { db, kalmar, nybro }
}

describe('personal data (GDPR)', () => {
  it('registers which tables and fields hold contact persons and how many persons there are', async () => {
    const { db, kalmar } = await setup()
    let register = await loadPersonalDataRegister(db)
    expect(register.totalPersons).toBe(3)
    expect(register.categories).toEqual([
      expect.objectContaining({ table: 'members', fields: expect.arrayContaining(['contactPersons[].email']), persons: 3, anonymised: 0 }),
      expect.objectContaining({ table: 'dialogues', fieldsLabel: 'Namn, roll', persons: 0 })
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
      dialogue('d1', [{ name: 'Åsa Öberg', role: 'HR-chef' }, { name: 'Per Lind', role: '' }]),
      dialogue('d2', [{ name: 'åsa öberg', role: 'HR-chef' }, { name: ' ', role: 'okänd' }])
    ])
    const register = await loadPersonalDataRegister(db)
    expect(register.categories.find((c) => c.table === 'dialogues')?.persons).toBe(2)
  })

  it('exports everything held about one contact person as JSON', async () => {
    const { db, kalmar } = await setup()
    const asa = kalmar.contactPersons[0]!
    await recordAudit(db, { entityType: 'member', entityId: kalmar.id, action: 'update', summary: 'Dialog med Åsa Öberg om insatsplanen.' })
    const result = await exportContactPerson(db, kalmar.id, asa.id, new Date('2026-11-23T10:00:00Z'))
    if (!result.ok) throw new Error(result.message)
    expect(JSON.parse(result.json)).toEqual({
      description: expect.stringContaining('alla uppgifter'),
      exportedAt: '2026-11-23T10:00:00.000Z',
      person: { name: 'Åsa Öberg', role: 'Jämställdhetsstrateg', email: 'åsa@example.se', phone: '0480-123 45' },
      organisation: { name: 'Kalmar kommun', orgNumber: '212000-0746' },
      storedIn: [expect.stringContaining('kontaktpersoner')],
      logEntries: [{ at: expect.any(String), summary: 'Dialog med Åsa Öberg om insatsplanen.' }]
    })
    expect(result.suggestedName).toBe('registerutdrag-asa-oberg.json')
    expect(await exportContactPerson(db, kalmar.id, 'gone')).toEqual({ ok: false, message: expect.stringMatching(/finns inte längre/) })
  })

  it('anonymises a contact person: name, e-mail and phone replaced, role and the organisation history kept, audit entry written', async () => {
    const { db, kalmar } = await setup()
    const per = kalmar.contactPersons[1]!
    const historyBefore = await auditEntriesFor(db, 'member', kalmar.id)

    expect(await anonymiseContactPerson(db, kalmar.id, per.id)).toEqual({ ok: true, alreadyAnonymised: false })
    const { member, periods } = (await loadMember(db, kalmar.id))!
    expect(member.contactPersons).toEqual([kalmar.contactPersons[0], { id: per.id, name: ANONYMISED_NAME, role: 'HR-chef', email: '', phone: '' }])
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
    await endMembership(db, kalmar.id, { endedOn: '2022-03-14', reason: 'Valde att inte förnya' }, today)
    await endMembership(db, nybro.id, { endedOn: '2025-06-30', reason: 'Omorganisation' }, today)

    const due = await contactPersonsDueForReview(db, { years: 3, today })
    expect(due.map((e) => [e.memberName, e.person.name, e.endedOn])).toEqual([
      ['Kalmar kommun', 'Per Lind', '2022-03-14'],
      ['Kalmar kommun', 'Åsa Öberg', '2022-03-14']
    ])
    expect((await contactPersonsDueForReview(db, { years: 1, today })).map((e) => e.person.name)).toEqual(['Per Lind', 'Åsa Öberg', 'Lena Ek'])

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
