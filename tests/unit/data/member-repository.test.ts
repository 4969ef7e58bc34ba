import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import {
  archiveMember,
  createMember,
  loadMember,
  loadMemberRegister,
  restoreMember,
  updateMember
} from '@/data/member-repository'
import { MemberNotFoundError } from '@/data/member-register-errors'
import { buildMemberRows, filterMemberRows } from '@/domain/members/member-list'
import { decisionOn, freshDatabase, kommunDraft, today } from './fresh-database'

async function created(db: ReturnType<typeof freshDatabase>, draft = kommunDraft(), decisionDate = '2024-03-15') {
  const result = await createMember(db, draft, decisionOn(decisionDate), today)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

describe('member repository', () => {
  it('creates a member with period 1 from its decision, kommun code filled in, and audits it', async () => {
    const db = freshDatabase()
    const { member, period } = await created(db)
    expect(member).toMatchObject({
      name: 'Kalmar kommun',
      orgNumber: '212000-0746',
      municipalityCode: '0880',
      website: 'https://www.kalmar.se',
      archivedAt: null
    })
    expect(member.contactPersons[0]?.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(period).toMatchObject({
      number: 1,
      startDate: '2024-03-15',
      endDate: '2027-03-14',
      decisionReference: 'KS 2024/112'
    })

    const loaded = await loadMember(db, member.id)
    expect(loaded?.periods.map((p) => p.number)).toEqual([1])
    const [entry] = await auditEntriesFor(db, 'member', member.id)
    expect(entry).toMatchObject({ action: 'create' })
    expect(entry?.summary).toBe(
      'Kalmar kommun (212000-0746) lades till: period 1 2024-03-15 – 2027-03-14, beslut 2024-03-15 (KS 2024/112).'
    )
  })

  it('returns field messages and writes nothing when the form or decision is wrong', async () => {
    const db = freshDatabase()
    const result = await createMember(db, kommunDraft({ orgNumber: '212000-0747' }), decisionOn('2027-01-01'), today)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors.orgNumber).toMatch(/Kontrollsiffran/)
      expect(result.errors.decisionDate).toMatch(/efter dagens datum/)
    }
    expect(await db.members.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })

  it('refuses a duplicate orgnr, naming the member that has it, in any spelling of the number', async () => {
    const db = freshDatabase()
    await created(db)
    const result = await createMember(
      db,
      kommunDraft({ name: 'Kalmar kommun (dubblett)', type: 'other' }),
      decisionOn('2025-01-01'),
      today
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        orgNumber:
          'Organisationsnumret 212000-0746 finns redan hos "Kalmar kommun". Öppna den verksamheten i stället för att lägga till den igen.'
      }
    })
    const again = await createMember(db, kommunDraft({ orgNumber: '2120000746' }), decisionOn('2025-01-01'), today)
    expect(again.ok).toBe(false)
    expect(await db.members.count()).toBe(1)
    expect(await db.membershipPeriods.count()).toBe(1)
  })

  it("updates a member, audits which fields changed, refuses another member's orgnr", async () => {
    const db = freshDatabase()
    const { member } = await created(db)
    const other = await created(db, kommunDraft({ name: 'Nybro kommun', orgNumber: '212000-0720' }))
    const result = await updateMember(
      db,
      member.id,
      kommunDraft({ website: 'https://kalmar.se/jamstalldhet', postalCode: '39231' })
    )
    expect(result.ok && result.value).toMatchObject({ website: 'https://kalmar.se/jamstalldhet', postalCode: '392 31' })
    const history = await auditEntriesFor(db, 'member', member.id)
    expect(history.find((e) => e.action === 'update')?.summary).toBe('Ändrade postnummer, webbplats, kontaktpersoner.')

    const clash = await updateMember(db, member.id, kommunDraft({ orgNumber: other.member.orgNumber }))
    expect(!clash.ok && clash.errors.orgNumber).toMatch(/finns redan hos "Nybro kommun"/)
    expect((await db.members.get(member.id))?.orgNumber).toBe('212000-0746')
  })

  it('keeps contact person ids when editing, and writes nothing when nothing changed', async () => {
    const db = freshDatabase()
    const { member } = await created(db)
    const same = { ...kommunDraft(), contactPersons: member.contactPersons }
    const before = await db.auditLog.count()
    await updateMember(db, member.id, same)
    expect(await db.auditLog.count()).toBe(before)
    const renamed = await updateMember(db, member.id, {
      ...same,
      contactPersons: [{ ...member.contactPersons[0]!, role: 'HR-chef' }]
    })
    expect(renamed.ok && renamed.value.contactPersons[0]?.id).toBe(member.contactPersons[0]?.id)
  })

  it('archives and restores: the member leaves the list, shows under Borttagna ur registret, and comes back unchanged', async () => {
    const db = freshDatabase()
    const { member } = await created(db)
    const rowsNow = async () => {
      const { members, periods } = await loadMemberRegister(db)
      return buildMemberRows(members, periods, { today })
    }
    await archiveMember(db, member.id)
    expect(filterMemberRows(await rowsNow(), {})).toEqual([])
    expect(filterMemberRows(await rowsNow(), { archived: true }).map((r) => r.member.name)).toEqual(['Kalmar kommun'])
    expect(await db.membershipPeriods.count()).toBe(1)

    const restored = await restoreMember(db, member.id)
    expect(restored.archivedAt).toBeNull()
    expect(filterMemberRows(await rowsNow(), {}).map((r) => r.statusLabel)).toEqual(['Aktiv'])
    expect((await auditEntriesFor(db, 'member', member.id)).map((e) => e.action).sort()).toEqual([
      'archive',
      'create',
      'restore'
    ])
  })

  it('refuses a new member with the orgnr of an archived one and says to restore it', async () => {
    const db = freshDatabase()
    const { member } = await created(db)
    await archiveMember(db, member.id)
    const result = await createMember(db, kommunDraft(), decisionOn('2025-01-01'), today)
    expect(!result.ok && result.errors.orgNumber).toMatch(
      /som är borttagen ur registret\. Återställ den under Borttagna ur registret/
    )
  })

  it('throws a Swedish not-found error for an unknown id', async () => {
    const db = freshDatabase()
    await expect(archiveMember(db, 'nope')).rejects.toBeInstanceOf(MemberNotFoundError)
    await expect(updateMember(db, 'nope', kommunDraft())).rejects.toThrow(/finns inte i registret/)
  })
})
