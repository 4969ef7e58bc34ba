import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { saveCountyProfile } from '@/data/county-profile-repository'
import { importMembers } from '@/data/member-import'
import { createMember, loadMemberRegister } from '@/data/member-repository'
import { renewMembership } from '@/data/membership-repository'
import { asStorageError, StorageWriteError } from '@/data/storage-error'
import { emptyCountyProfile } from '@/domain/county-profile'
import { decisionOn, freshDatabase, kommunDraft, today } from './fresh-database'

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

async function registerWithOneMember() {
  const db = freshDatabase()
  const created = await createMember(db, kommunDraft(), decisionOn('2024-03-15'), today)
  if (!created.ok) throw new Error('setup failed')
  return { db, member: created.value.member }
}

describe('storage failures during a write', () => {
  it('turns a full disk inside a transaction into a Swedish StorageWriteError and loses nothing saved before', async () => {
    const { db, member } = await registerWithOneMember()
    const before = await loadMemberRegister(db)
    vi.spyOn(db.membershipPeriods, 'add').mockRejectedValueOnce(quotaExceeded())

    const attempt = createMember(
      db,
      kommunDraft({ name: 'Nybro kommun', orgNumber: '212000-0761' }),
      decisionOn('2025-01-10'),
      today
    )
    await expect(attempt).rejects.toBeInstanceOf(StorageWriteError)
    await expect(attempt).rejects.toMatchObject({
      kind: 'quota',
      message: expect.stringMatching(/lagringsutrymmet är fullt.*finns kvar.*Frigör utrymme/)
    })

    // The member row added before the failing period row was rolled back with it; the old member is intact.
    expect(await loadMemberRegister(db)).toEqual(before)
    expect((await db.members.toArray()).map((m) => m.id)).toEqual([member.id])
    expect(await db.auditLog.count()).toBe(1)
  })

  it('covers every repository write: renewals, imports and the county profile', async () => {
    const { db, member } = await registerWithOneMember()
    const periods = await db.membershipPeriods.count()
    vi.spyOn(db.auditLog, 'add').mockRejectedValue(quotaExceeded())
    await expect(renewMembership(db, member.id, decisionOn('2026-11-01'), today)).rejects.toMatchObject({
      kind: 'quota'
    })
    await expect(
      saveCountyProfile(db, { ...emptyCountyProfile(), countyCode: '08', strategyName: 'X' })
    ).rejects.toBeInstanceOf(StorageWriteError)
    await expect(
      importMembers(
        db,
        [
          {
            rowNumber: 2,
            draft: kommunDraft({ name: 'Nybro kommun', orgNumber: '212000-0761' }),
            decision: decisionOn('2025-01-10')
          }
        ],
        {
          fileName: 'medlemmar.xlsx',
          today
        }
      )
    ).rejects.toBeInstanceOf(StorageWriteError)
    vi.restoreAllMocks()
    expect(await db.membershipPeriods.count()).toBe(periods)
    expect(await db.members.count()).toBe(1)
    expect(await db.settings.count()).toBe(0)
  })

  it('recognises quota errors wrapped by Dexie and other storage failures, and leaves other errors alone', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', quotaExceeded())
    expect(asStorageError(wrapped)).toMatchObject({ kind: 'quota' })
    expect(asStorageError(new DOMException('I/O error', 'UnknownError'))).toMatchObject({
      kind: 'storage',
      message: expect.stringMatching(/Starta om Kugghjul/)
    })
    const constraint = new DOMException('unique', 'ConstraintError')
    expect(asStorageError(constraint)).toBe(constraint)
    const bug = new TypeError('x is undefined')
    expect(asStorageError(bug)).toBe(bug)
  })
})
