import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import { loadEventAttendance, setAttendance } from '@/data/attendance-repository'
import {
  loadEventRegistrations,
  restoreInvitationStatus,
  setInvitationStatus
} from '@/data/event-registration-repository'
import { createEvent, deleteEvent, restoreEvent } from '@/data/event-repository'
import type { KugghjulDatabase } from '@/data/database'
import { freshDatabase } from './fresh-database'
import { eventDraft, kalmarWithMember, today } from './member-work-fixtures'

async function eventWithThreeMembers(db: KugghjulDatabase, date = '2026-10-15') {
  const kalmar = (await kalmarWithMember(db)).member
  const nybro = (await kalmarWithMember(db, '212000-0761', 'Nybro kommun')).member
  const region = (await kalmarWithMember(db, '212000-0142', 'Emmaboda kommun')).member
  const created = await createEvent(db, eventDraft({ date, invitedMemberIds: [kalmar.id, nybro.id, region.id] }), today)
  if (!created.ok) throw new Error('setup')
  return { event: created.value, kalmar, nybro, region }
}

const registeredIds = async (db: KugghjulDatabase, eventId: string) =>
  (await loadEventRegistrations(db, eventId)).map((r) => r.memberId).sort()

describe('invitation status of an event’s members', () => {
  it('marks two as anmälda in bulk, then one as deltog, which gives it an attendance row', async () => {
    const db = freshDatabase()
    const { event, kalmar, nybro } = await eventWithThreeMembers(db)
    const bulk = await setInvitationStatus(db, event.id, [kalmar.id, nybro.id], 'registered', today)
    expect(bulk.ok && bulk.changed.memberIds).toEqual([kalmar.id, nybro.id])
    expect(await registeredIds(db, event.id)).toEqual([kalmar.id, nybro.id].sort())
    expect(await loadEventAttendance(db, event.id)).toEqual([])

    await setInvitationStatus(db, event.id, [kalmar.id], 'attended', today)
    const attendance = await loadEventAttendance(db, event.id)
    expect(attendance).toEqual([
      expect.objectContaining({ memberId: kalmar.id, women: 0, men: 0, nonBinary: 0, unknown: 1 })
    ])
    // The registration is kept: Kalmar registered and came.
    expect(await registeredIds(db, event.id)).toEqual([kalmar.id, nybro.id].sort())
    expect((await auditEntriesFor(db, 'event', event.id)).map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        '"Nätverksträff: jämställd hälsa": Status Anmäld för 2 verksamheter.',
        '"Nätverksträff: jämställd hälsa": Status Deltog för 1 verksamhet.'
      ])
    )
  })

  it('keeps the counts the coordinator typed when a member with attendance is marked deltog again', async () => {
    const db = freshDatabase()
    const { event, kalmar } = await eventWithThreeMembers(db)
    await setAttendance(db, event.id, kalmar.id, { women: 4, men: 2, nonBinary: '', unknown: '' }, today)
    const result = await setInvitationStatus(db, event.id, [kalmar.id], 'attended', today)
    expect(result.ok && result.changed.memberIds).toEqual([])
    expect(await loadEventAttendance(db, event.id)).toEqual([expect.objectContaining({ women: 4, men: 2, unknown: 0 })])
  })

  it('goes back from deltog to anmäld and to inbjuden, and Ångra puts the typed counts back', async () => {
    const db = freshDatabase()
    const { event, kalmar, nybro } = await eventWithThreeMembers(db)
    await setInvitationStatus(db, event.id, [kalmar.id, nybro.id], 'registered', today)
    await setAttendance(db, event.id, kalmar.id, { women: 3, men: 1, nonBinary: '', unknown: '' }, today)

    const back = await setInvitationStatus(db, event.id, [kalmar.id, nybro.id], 'invited', today)
    if (!back.ok) throw new Error(back.error)
    expect(await registeredIds(db, event.id)).toEqual([])
    expect(await loadEventAttendance(db, event.id)).toEqual([])

    await restoreInvitationStatus(db, back.changed)
    expect(await registeredIds(db, event.id)).toEqual([kalmar.id, nybro.id].sort())
    expect(await loadEventAttendance(db, event.id)).toEqual([
      expect.objectContaining({ memberId: kalmar.id, women: 3, men: 1 })
    ])
  })

  it('undoes a bulk deltog by removing only the rows it made', async () => {
    const db = freshDatabase()
    const { event, kalmar, nybro } = await eventWithThreeMembers(db)
    await setAttendance(db, event.id, nybro.id, { women: 2, men: '', nonBinary: '', unknown: '' }, today)
    const marked = await setInvitationStatus(db, event.id, [kalmar.id, nybro.id], 'attended', today)
    if (!marked.ok) throw new Error(marked.error)
    expect((await loadEventAttendance(db, event.id)).length).toBe(2)
    await restoreInvitationStatus(db, marked.changed)
    expect(await loadEventAttendance(db, event.id)).toEqual([expect.objectContaining({ memberId: nybro.id, women: 2 })])
  })

  it('refuses deltog before the event has taken place but takes anmälningar', async () => {
    const db = freshDatabase()
    const { event, kalmar } = await eventWithThreeMembers(db, '2027-02-01')
    const refused = await setInvitationStatus(db, event.id, [kalmar.id], 'attended', today)
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/äger rum 2027-02-01/) })
    expect(await loadEventAttendance(db, event.id)).toEqual([])
    expect((await setInvitationStatus(db, event.id, [kalmar.id], 'registered', today)).ok).toBe(true)
  })

  it('deletes an event’s registrations with it and puts them back on Ångra', async () => {
    const db = freshDatabase()
    const { event, kalmar } = await eventWithThreeMembers(db)
    await setInvitationStatus(db, event.id, [kalmar.id], 'registered', today)
    const deleted = await deleteEvent(db, event.id)
    expect(await db.eventRegistrations.count()).toBe(0)
    await restoreEvent(db, deleted)
    expect(await registeredIds(db, event.id)).toEqual([kalmar.id])
  })
})
