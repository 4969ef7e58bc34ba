import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { exportBackup } from '@/data/backup/backup-export'
import { validateBackup } from '@/data/backup/backup-validation'
import type { KugghjulDatabase } from '@/data/database'
import { generateMembers } from '@/domain/test-data/member-generator'
import { generateMemberWork } from '@/domain/test-data/work-generator'
import { freshDatabase, today } from './fresh-database'

const stamp = <T extends object>(rows: readonly T[]) =>
  rows.map((r) => ({ ...r, createdAt: '2026-11-23T08:00:00.000Z', updatedAt: '2026-11-23T08:00:00.000Z' }))

async function fillWork(db: KugghjulDatabase) {
  const register = generateMembers({ seed: 4, count: 30, countyCode: '08', today })
  const work = generateMemberWork({
    seed: 4,
    ...register,
    today,
    focusAreaIds: ['f1'],
    dialogueCount: 60,
    actionCount: 40
  })
  await db.members.bulkAdd(stamp(register.members))
  await db.membershipPeriods.bulkAdd(stamp(register.periods))
  await db.dialogues.bulkAdd(stamp(work.dialogues))
  await db.actionPlans.bulkAdd(stamp(work.plans))
  await db.actions.bulkAdd(stamp(work.actions))
  await db.networks.bulkAdd(stamp(work.networks))
  await db.events.bulkAdd(stamp(work.events))
  await db.attendance.bulkAdd(stamp(work.attendance))
  return work
}

describe('dialogues, plans and the årshjul in a backup', () => {
  it('passes the backup’s record and reference checks', async () => {
    const db = freshDatabase()
    await fillWork(db)
    const backup = await exportBackup(db, { appVersion: '0.1.0' })
    const result = await validateBackup(db, backup.bytes)
    expect(result.ok ? 'ok' : result.problem.message).toBe('ok')
  })

  it('refuses attendance that points at an event missing from the file, naming the table in Swedish', async () => {
    const db = freshDatabase()
    const work = await fillWork(db)
    await db.events.delete(work.attendance[0]!.eventId)
    const result = await validateBackup(db, (await exportBackup(db, { appVersion: '0.1.0' })).bytes)
    expect(result.ok ? '' : result.problem.message).toMatch(/Deltagande.*pekar på en aktivitet som inte finns i filen/)
  })
})
