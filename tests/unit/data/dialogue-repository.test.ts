import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it, vi } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import {
  createDialogue,
  deleteDialogue,
  loadMemberDialogues,
  restoreDialogue,
  updateDialogue
} from '@/data/dialogue-repository'
import { AlreadyRestoredError } from '@/data/record-not-found'
import { StorageWriteError } from '@/data/storage-error'
import { dialogueToDraft } from '@/domain/dialogues/dialogue'
import { freshDatabase } from './fresh-database'
import { dialogueDraft, kalmarWithMember, today } from './member-work-fixtures'

describe('dialogue repository', () => {
  it('creates a dialogue in the period its date falls in, with an audit entry under the member', async () => {
    const db = freshDatabase()
    const { member, period } = await kalmarWithMember(db)
    const created = await createDialogue(db, member.id, dialogueDraft(), today)
    expect(created.ok).toBe(true)
    if (!created.ok) return
    expect(created.value).toMatchObject({
      memberId: member.id,
      periodId: period.id,
      date: '2026-10-01',
      nextFollowUpOn: '2026-12-01'
    })
    expect((await loadMemberDialogues(db, member.id)).map((d) => d.id)).toEqual([created.value.id])
    const audit = await auditEntriesFor(db, 'dialogue', member.id)
    expect(audit.map((e) => [e.action, e.summary])).toEqual([
      ['create', 'Dialog 2026-10-01 (inledande dialog) registrerades.']
    ])
  })

  it('refuses an invalid dialogue with Swedish messages and writes nothing', async () => {
    const db = freshDatabase()
    const { member } = await kalmarWithMember(db)
    const result = await createDialogue(
      db,
      member.id,
      dialogueDraft({ date: '2026-12-24', focusAreaIds: ['unknown'] }),
      today
    )
    expect(!result.ok && result.errors).toMatchObject({
      date: expect.stringMatching(/efter dagens datum/),
      focusAreaIds: expect.stringMatching(/fokusområde/)
    })
    expect(await db.dialogues.count()).toBe(0)
    expect(await auditEntriesFor(db, 'dialogue', member.id)).toEqual([])
  })

  it('updates a dialogue and lists a member’s dialogues newest first', async () => {
    const db = freshDatabase()
    const { member } = await kalmarWithMember(db)
    const first = await createDialogue(db, member.id, dialogueDraft({ date: '2026-05-01', nextFollowUpOn: '' }), today)
    const second = await createDialogue(db, member.id, dialogueDraft({ date: '2026-11-01', kind: 'followUp' }), today)
    if (!first.ok || !second.ok) throw new Error('setup')
    const updated = await updateDialogue(
      db,
      first.value.id,
      { ...dialogueToDraft(first.value), agreements: 'Ny överenskommelse' },
      today
    )
    expect(updated.ok && updated.value.agreements).toBe('Ny överenskommelse')
    expect(updated.ok && updated.value.createdAt).toBe(first.value.createdAt)
    expect((await loadMemberDialogues(db, member.id)).map((d) => d.date)).toEqual(['2026-11-01', '2026-05-01'])
  })

  it('deletes a dialogue and undoes it exactly; a second undo is refused', async () => {
    const db = freshDatabase()
    const { member } = await kalmarWithMember(db)
    const created = await createDialogue(db, member.id, dialogueDraft(), today)
    if (!created.ok) throw new Error('setup')
    const deleted = await deleteDialogue(db, created.value.id)
    expect(await db.dialogues.count()).toBe(0)
    await restoreDialogue(db, deleted)
    expect(await db.dialogues.get(created.value.id)).toEqual(created.value)
    await expect(restoreDialogue(db, deleted)).rejects.toBeInstanceOf(AlreadyRestoredError)
    expect((await auditEntriesFor(db, 'dialogue', member.id)).map((e) => e.action).sort()).toEqual([
      'create',
      'delete',
      'restore'
    ])
  })

  it('writes the dialogue and its audit entry together or not at all', async () => {
    const db = freshDatabase()
    const { member } = await kalmarWithMember(db)
    vi.spyOn(db.auditLog, 'add').mockRejectedValueOnce(
      Object.assign(new Error('disk full'), { name: 'QuotaExceededError' })
    )
    await expect(createDialogue(db, member.id, dialogueDraft(), today)).rejects.toBeInstanceOf(StorageWriteError)
    expect(await db.dialogues.count()).toBe(0)
  })
})
