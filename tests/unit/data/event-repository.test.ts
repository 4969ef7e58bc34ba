import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import { loadEventAttendance, removeAttendance, setAttendance } from '@/data/attendance-repository'
import {
  createEvent,
  deleteEvent,
  loadEventsForMember,
  loadEventsOfYear,
  restoreEvent,
  updateEvent
} from '@/data/event-repository'
import { loadParticipation } from '@/data/member-work-loaders'
import { createNetwork, deleteNetwork, loadNetworks, updateNetwork } from '@/data/network-repository'
import { calendarEventToDraft } from '@/domain/calendar/calendar-event'
import { participationReport } from '@/domain/calendar/participation'
import { freshDatabase } from './fresh-database'
import { eventDraft, kalmarWithMember, today } from './member-work-fixtures'

describe('networks, events and attendance in the database', () => {
  it('creates networks with unique names and known members', async () => {
    const db = freshDatabase()
    const { member } = await kalmarWithMember(db)
    const created = await createNetwork(db, {
      name: 'Nätverk för jämställd hälsa',
      description: '',
      memberIds: [member.id],
      contact: 'Åsa Öberg'
    })
    expect(created.ok).toBe(true)
    const clash = await createNetwork(db, {
      name: 'NÄTVERK FÖR JÄMSTÄLLD HÄLSA',
      description: '',
      memberIds: [],
      contact: ''
    })
    expect(!clash.ok && clash.errors.name).toMatch(
      /Det finns redan ett nätverk som heter "Nätverk för jämställd hälsa"/
    )
    const unknown = await createNetwork(db, { name: 'Annat', description: '', memberIds: ['nobody'], contact: '' })
    expect(!unknown.ok && unknown.errors.memberIds).toMatch(/finns inte längre/)
    if (!created.ok) return
    const renamed = await updateNetwork(db, created.value.id, { ...created.value, name: 'Hälsonätverket' })
    expect(renamed.ok && (await loadNetworks(db)).map((n) => n.name)).toEqual(['Hälsonätverket'])
  })

  it('creates an event for a network, registers attendance and reports participation by sex', async () => {
    const db = freshDatabase()
    const { member } = await kalmarWithMember(db)
    const network = await createNetwork(db, {
      name: 'Hälsonätverket',
      description: '',
      memberIds: [member.id],
      contact: ''
    })
    if (!network.ok) throw new Error('setup')
    const event = await createEvent(
      db,
      eventDraft({ networkId: network.value.id, invitedNetworkIds: [network.value.id] }),
      today
    )
    if (!event.ok) throw new Error(JSON.stringify(event.errors))
    expect((await loadEventsForMember(db, member.id)).map((e) => e.id)).toEqual([event.value.id])
    expect((await loadEventsOfYear(db, 2026)).map((e) => e.title)).toEqual(['Nätverksträff: jämställd hälsa'])

    const first = await setAttendance(
      db,
      event.value.id,
      member.id,
      { women: '7', men: '3', nonBinary: '', unknown: '' },
      today
    )
    const corrected = await setAttendance(
      db,
      event.value.id,
      member.id,
      { women: 8, men: 3, nonBinary: 2, unknown: 1 },
      today
    )
    expect(first.ok && corrected.ok && corrected.value.id === first.value.id).toBe(true)
    expect(await loadEventAttendance(db, event.value.id)).toHaveLength(1)
    expect(Object.keys((await db.attendance.toArray())[0]!)).not.toContain('total')

    const report = participationReport({
      ...(await loadParticipation(db, '2026-01-01', '2026-12-31')),
      from: '2026-01-01',
      to: '2026-12-31'
    })
    expect(report.bySex).toMatchObject({ women: 8, men: 3, nonBinary: 2, unknown: 1, total: 14 })
    expect(report.byMemberType.find((r) => r.type === 'municipality')?.sums.total).toBe(14)
    const summaries = (await auditEntriesFor(db, 'event', event.value.id)).map((e) => e.summary)
    expect(summaries).toContain(
      'Deltagande för Kalmar kommun i "Nätverksträff: jämställd hälsa": 14 personer (8 kvinnor, 3 män, 2 ickebinära/annan könsidentitet, 1 uppgift saknas).'
    )

    const removed = await removeAttendance(db, event.value.id, member.id)
    expect(removed?.women).toBe(8)
    expect(await loadEventAttendance(db, event.value.id)).toEqual([])
  })

  it('refuses unknown invitees and attendance before the event has taken place', async () => {
    const db = freshDatabase()
    const { member } = await kalmarWithMember(db)
    const bad = await createEvent(db, eventDraft({ invitedMemberIds: ['gone'], networkId: 'gone' }), today)
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(['invitedMemberIds', 'networkId'])
    const future = await createEvent(db, eventDraft({ date: '2027-02-01' }), today)
    if (!future.ok) throw new Error('setup')
    const early = await setAttendance(
      db,
      future.value.id,
      member.id,
      { women: 1, men: 0, nonBinary: 0, unknown: 0 },
      today
    )
    expect(!early.ok && early.errors.event).toMatch(/Registrera deltagandet när den har ägt rum/)
  })

  it('deletes an event with its attendance in one step and restores both exactly', async () => {
    const db = freshDatabase()
    const { member } = await kalmarWithMember(db)
    const other = await kalmarWithMember(db, '212000-0142', 'Nybro kommun')
    const event = await createEvent(db, eventDraft(), today)
    if (!event.ok) throw new Error('setup')
    await setAttendance(db, event.value.id, member.id, { women: 2, men: 1, nonBinary: 0, unknown: 0 }, today)
    await setAttendance(db, event.value.id, other.member.id, { women: 4, men: 4, nonBinary: 0, unknown: 0 }, today)
    const updated = await updateEvent(
      db,
      event.value.id,
      { ...calendarEventToDraft(event.value), title: 'Ny titel' },
      today
    )
    const before = {
      event: await db.events.get(event.value.id),
      attendance: await loadEventAttendance(db, event.value.id)
    }
    expect(updated.ok).toBe(true)

    const deleted = await deleteEvent(db, event.value.id)
    expect([await db.events.count(), await db.attendance.count()]).toEqual([0, 0])
    await restoreEvent(db, deleted)
    expect(await db.events.get(event.value.id)).toEqual(before.event)
    expect((await loadEventAttendance(db, event.value.id)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      before.attendance.sort((a, b) => a.id.localeCompare(b.id))
    )
    expect((await auditEntriesFor(db, 'event', event.value.id)).map((e) => e.summary)).toContain(
      'Aktiviteten "Ny titel" 2026-10-15 togs bort med deltagande från 2 verksamheter.'
    )
  })

  it('keeps a network that events use', async () => {
    const db = freshDatabase()
    await kalmarWithMember(db)
    const network = await createNetwork(db, { name: 'Våldsnätverket', description: '', memberIds: [], contact: '' })
    if (!network.ok) throw new Error('setup')
    await createEvent(db, eventDraft({ networkId: network.value.id, invitedNetworkIds: [network.value.id] }), today)
    const refused = await deleteNetwork(db, network.value.id)
    expect(!refused.ok && refused.errors.network).toBe(
      'Nätverket används av 1 aktivitet i årshjulet. Ta bort nätverket från aktiviteten först.'
    )
    expect(await db.networks.count()).toBe(1)
  })
})
