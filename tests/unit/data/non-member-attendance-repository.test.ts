import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import { setAttendance } from '@/data/attendance-repository'
import { createEvent, deleteEvent, restoreEvent } from '@/data/event-repository'
import { loadParticipation } from '@/data/member-work-loaders'
import {
  addNonMemberAttendance,
  loadEventNonMembers,
  removeNonMemberAttendance,
  restoreNonMemberAttendance
} from '@/data/non-member-attendance-repository'
import { participationReport } from '@/domain/calendar/participation'
import { freshDatabase } from './fresh-database'
import { eventDraft, kalmarWithMember, today } from './member-work-fixtures'

const counts = (women: string, men: string, nonBinary = '', unknown = '') => ({ women, men, nonBinary, unknown })

describe('participants from no member organisation', () => {
  it('counts them by sex with an optional organisation, apart from the members', async () => {
    const db = freshDatabase()
    const { member } = await kalmarWithMember(db)
    const event = await createEvent(db, eventDraft(), today)
    if (!event.ok) throw new Error('setup')
    await setAttendance(db, event.value.id, member.id, counts('4', '2'), today)
    const jour = await addNonMemberAttendance(
      db,
      event.value.id,
      { organisation: '  Kvinnojouren Kalmar ', ...counts('5', '0', '1') },
      today
    )
    const anyone = await addNonMemberAttendance(
      db,
      event.value.id,
      { organisation: '', ...counts('', '3', '', '2') },
      today
    )
    expect(jour.ok && jour.value.organisation).toBe('Kvinnojouren Kalmar')
    expect(anyone.ok).toBe(true)

    const report = participationReport({
      ...(await loadParticipation(db, '2026-01-01', '2026-12-31')),
      from: '2026-01-01',
      to: '2026-12-31'
    })
    expect(report.bySex).toMatchObject({ women: 4, men: 2, total: 6 })
    expect(report.nonMembers).toMatchObject({ women: 5, men: 3, nonBinary: 1, unknown: 2, total: 11, attendances: 2 })
    expect(report.everyone.total).toBe(17)
    expect(report.byMemberType.reduce((n, r) => n + r.sums.total, 0)).toBe(6)
    expect((await auditEntriesFor(db, 'event', event.value.id)).map((e) => e.summary)).toContain(
      '6 deltagare från Kvinnojouren Kalmar i "Nätverksträff: jämställd hälsa" (5 kvinnor, 0 män, 1 ickebinära/annan könsidentitet, 0 uppgift saknas).'
    )
  })

  it('refuses an empty row, a too long organisation and an event that has not taken place', async () => {
    const db = freshDatabase()
    await kalmarWithMember(db)
    const past = await createEvent(db, eventDraft(), today)
    const future = await createEvent(db, eventDraft({ date: '2027-02-01' }), today)
    if (!past.ok || !future.ok) throw new Error('setup')
    const empty = await addNonMemberAttendance(
      db,
      past.value.id,
      { organisation: 'Förening', ...counts('0', '') },
      today
    )
    expect(!empty.ok && empty.errors.women).toMatch(/minst en person/)
    const long = await addNonMemberAttendance(
      db,
      past.value.id,
      { organisation: 'x'.repeat(201), ...counts('1', '') },
      today
    )
    expect(!long.ok && long.errors.organisation).toBe('Organisationens namn får vara högst 200 tecken. Korta det.')
    const early = await addNonMemberAttendance(db, future.value.id, { organisation: '', ...counts('1', '') }, today)
    expect(!early.ok && early.errors.event).toMatch(/Registrera deltagandet när den har ägt rum/)
    expect(await db.nonMemberAttendance.count()).toBe(0)
  })

  it('goes with its event when the event is deleted, and comes back with Ångra', async () => {
    const db = freshDatabase()
    await kalmarWithMember(db)
    const event = await createEvent(db, eventDraft(), today)
    if (!event.ok) throw new Error('setup')
    const row = await addNonMemberAttendance(
      db,
      event.value.id,
      { organisation: 'Företaget AB', ...counts('2', '2') },
      today
    )
    if (!row.ok) throw new Error('setup')
    const deleted = await deleteEvent(db, event.value.id)
    expect(await db.nonMemberAttendance.count()).toBe(0)
    await restoreEvent(db, deleted)
    expect(await loadEventNonMembers(db, event.value.id)).toEqual([row.value])

    const removed = await removeNonMemberAttendance(db, row.value.id)
    expect(await db.nonMemberAttendance.count()).toBe(0)
    await restoreNonMemberAttendance(db, removed!)
    expect(await loadEventNonMembers(db, event.value.id)).toEqual([row.value])
  })
})
