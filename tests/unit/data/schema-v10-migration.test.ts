import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { exportBackup } from '@/data/backup/backup-export'
import { restoreBackup } from '@/data/backup/backup-restore'
import type { KugghjulDatabase } from '@/data/database'
import { setAttendance } from '@/data/attendance-repository'
import { setInvitationStatus } from '@/data/event-registration-repository'
import { createEvent } from '@/data/event-repository'
import { schemaVersions } from '@/data/schema'
import { freshDatabase } from './fresh-database'
import { eventDraft, kalmarWithMember, today } from './member-work-fixtures'

const v9 = schemaVersions.slice(0, 9)

/** Version 9 data: an event with an invited member who came (attendance typed). */
async function writtenByVersion9(db: KugghjulDatabase) {
  const { member } = await kalmarWithMember(db)
  const event = await createEvent(db, eventDraft({ invitedMemberIds: [member.id] }), today)
  if (!event.ok) throw new Error('setup')
  await setAttendance(db, event.value.id, member.id, { women: 5, men: 2, nonBinary: '', unknown: '' }, today)
  return { member, event: event.value }
}

describe('schema version 10 (registrations for events)', () => {
  it('opens version 9 data with no registrations, attendance kept, and takes new ones', async () => {
    const name = `migration-${crypto.randomUUID()}`
    const old = freshDatabase(name, v9)
    const { member, event } = await writtenByVersion9(old)
    expect(old.verno).toBe(9)
    old.close()

    const db = freshDatabase(name, schemaVersions.slice(0, 10))
    expect(db.verno).toBe(10)
    expect(await db.eventRegistrations.count()).toBe(0)
    expect(await db.attendance.toArray()).toEqual([expect.objectContaining({ memberId: member.id, women: 5, men: 2 })])
    expect((await setInvitationStatus(db, event.id, [member.id], 'registered', today)).ok).toBe(true)
    expect(await db.eventRegistrations.where('[eventId+memberId]').equals([event.id, member.id]).count()).toBe(1)
  })

  it('restores a version 9 backup, and a version 10 backup with its registrations', async () => {
    const old = freshDatabase(undefined, v9)
    await writtenByVersion9(old)
    const backup9 = await exportBackup(old, { appVersion: '0.1.0' })
    expect(backup9.header.schemaVersion).toBe(9)
    const db = freshDatabase()
    expect((await restoreBackup(db, backup9.bytes, { appVersion: '0.1.0' })).ok).toBe(true)
    expect(await db.attendance.count()).toBe(1)

    const [event] = await db.events.toArray()
    const [member] = await db.members.toArray()
    await setInvitationStatus(db, event!.id, [member!.id], 'registered', today)
    const backup10 = await exportBackup(db, { appVersion: '0.1.0' })
    const again = freshDatabase()
    expect((await restoreBackup(again, backup10.bytes, { appVersion: '0.1.0' })).ok).toBe(true)
    expect(await again.eventRegistrations.toArray()).toEqual([
      expect.objectContaining({ eventId: event!.id, memberId: member!.id })
    ])
  })

  it('keeps version 9 as released and adds only the registrations table in version 10', () => {
    expect(schemaVersions[8]!.stores).toEqual({
      series: 'id, [datasetId+measure], [measure+regionCode], importBatchId'
    })
    expect(schemaVersions[9]!.stores).toEqual({ eventRegistrations: 'id, &[eventId+memberId], eventId' })
  })
})
