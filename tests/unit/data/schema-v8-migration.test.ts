import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { exportBackup } from '@/data/backup/backup-export'
import { restoreBackup } from '@/data/backup/backup-restore'
import type { KugghjulDatabase } from '@/data/database'
import { loadParticipation } from '@/data/member-work-loaders'
import { schemaVersions } from '@/data/schema'
import { participationReport } from '@/domain/calendar/participation'
import { openFollowUps } from '@/domain/dialogues/follow-up'
import { freshDatabase } from './fresh-database'
import { kalmarWithMember } from './member-work-fixtures'

const v7 = schemaVersions.slice(0, 7)
const stamp = '2026-11-23T10:00:00.000Z'

/** Version 7 data: an event with attendance counted as women / men / "annat eller ej angivet", and a dialogue (no status then). */
async function writtenByVersion7(db: KugghjulDatabase) {
  const { member, period } = await kalmarWithMember(db)
  await db.events.add({
    id: 'e1',
    title: 'Nätverksträff',
    kind: 'networkMeeting',
    date: '2026-10-01',
    startTime: null,
    endTime: null,
    location: '',
    link: '',
    description: '',
    focusAreaIds: [],
    goals: [],
    organiser: '',
    invitedMemberIds: [],
    invitedNetworkIds: [],
    networkId: null,
    createdAt: stamp,
    updatedAt: stamp
  })
  const oldRow = {
    id: 'a1',
    eventId: 'e1',
    memberId: member.id,
    women: 7,
    men: 3,
    otherOrNotStated: 2,
    createdAt: stamp,
    updatedAt: stamp
  }
  await db.table('attendance').add(oldRow)
  const oldDialogue = {
    id: 'd1',
    memberId: member.id,
    periodId: period.id,
    date: '2026-09-01',
    kind: 'initial',
    participants: [],
    needs: '',
    agreements: '',
    goals: [],
    focusAreaIds: [],
    nextFollowUpOn: '2026-12-01',
    createdAt: stamp,
    updatedAt: stamp
  }
  await db.table('dialogues').add(oldDialogue)
  return { member }
}

describe('schema version 8 (four attendance groups, non-members, dialogue status)', () => {
  it('moves "annat eller ej angivet" to "uppgift saknas" and marks old dialogues held', async () => {
    const name = `migration-${crypto.randomUUID()}`
    const old = freshDatabase(name, v7)
    await writtenByVersion7(old)
    expect(old.verno).toBe(7)
    old.close()

    // Opened at version 8 exactly, so this stays the v7 → v8 test when later versions are appended.
    const db = freshDatabase(name, schemaVersions.slice(0, 8))
    expect(db.verno).toBe(8)
    const [row] = await db.attendance.toArray()
    expect(row).toEqual(expect.objectContaining({ women: 7, men: 3, nonBinary: 0, unknown: 2 }))
    expect(row).not.toHaveProperty('otherOrNotStated')
    const report = participationReport({
      ...(await loadParticipation(db, '2026-01-01', '2026-12-31')),
      from: '2026-01-01',
      to: '2026-12-31'
    })
    expect(report.bySex.total).toBe(12)
    const dialogues = await db.dialogues.toArray()
    expect(dialogues.map((d) => d.status)).toEqual(['held'])
    // A held dialogue still asks for its follow-up after the upgrade.
    expect(openFollowUps(dialogues, '2026-11-23').map((f) => f.followUpOn)).toEqual(['2026-12-01'])
    expect(await db.nonMemberAttendance.count()).toBe(0)
  })

  it('restores a version 7 backup through the same upgrade', async () => {
    const old = freshDatabase(undefined, v7)
    await writtenByVersion7(old)
    const backup = await exportBackup(old, { appVersion: '0.1.0' })
    expect(backup.header.schemaVersion).toBe(7)

    const db = freshDatabase()
    const restored = await restoreBackup(db, backup.bytes, { appVersion: '0.1.0' })
    expect(restored.ok).toBe(true)
    expect(await db.attendance.toArray()).toEqual([
      expect.objectContaining({ women: 7, men: 3, nonBinary: 0, unknown: 2 })
    ])
    expect((await db.dialogues.toArray()).map((d) => d.status)).toEqual(['held'])
  })

  it('keeps version 7 as released and adds only the non-member table in version 8', () => {
    expect(schemaVersions[6]!.stores).toEqual({ anonymisedContactPersons: 'personId' })
    expect(schemaVersions[7]!.stores).toEqual({ nonMemberAttendance: 'id, eventId' })
  })
})
