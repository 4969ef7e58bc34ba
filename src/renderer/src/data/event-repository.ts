import { compareEvents, type CalendarEventDraft } from '@/domain/calendar/calendar-event'
import { validateEventDraft, type EventErrors } from '@/domain/calendar/event-validation'
import { recordAudit } from './audit-log'
import { newId, nowIso, type KugghjulDatabase } from './database'
import { failed, type WriteResult } from './member-register-errors'
import { editedRow, focusAreasOf, missingKeys, newRow } from './member-work-context'
import type { AttendanceRecord, EventRecord, EventRegistrationRecord, NonMemberAttendanceRecord } from './records'
import { AlreadyRestoredError, requireRecord } from './record-not-found'
import { writeTransaction } from './write-transaction'

/** What deleteEvent removed, the event's attendance included; give it back to restoreEvent to undo. */
export interface DeletedEvent {
  event: EventRecord
  attendance: AttendanceRecord[]
  /** Absent in values kept from before schema version 8. */
  nonMemberAttendance?: NonMemberAttendanceRecord[]
  /** Absent in values kept from before schema version 10. */
  registrations?: EventRegistrationRecord[]
}

const eventAndItsRows = (db: KugghjulDatabase) => [
  db.events,
  db.attendance,
  db.nonMemberAttendance,
  db.eventRegistrations,
  db.auditLog
]

const tables = (db: KugghjulDatabase) => [db.events, db.members, db.networks, db.settings, db.auditLog]

function audit(
  db: KugghjulDatabase,
  event: EventRecord,
  action: 'create' | 'update' | 'delete' | 'restore',
  summary: string
) {
  return recordAudit(db, { entityType: 'event', entityId: event.id, action, summary })
}

const label = (e: EventRecord) => `Aktiviteten "${e.title}" ${e.date}`

/** Events dated from `from` to `to`, both included, in date and time order (one index range). */
export async function loadEventsBetween(db: KugghjulDatabase, from: string, to: string): Promise<EventRecord[]> {
  const rows = await db.events.where('date').between(from, to, true, true).toArray()
  return rows.sort(compareEvents)
}

/** The årshjul of one year. */
export function loadEventsOfYear(db: KugghjulDatabase, year: number): Promise<EventRecord[]> {
  return loadEventsBetween(db, `${year}-01-01`, `${year}-12-31`)
}

/** The events a member was invited to, directly or through one of its networks. */
export async function loadEventsForMember(db: KugghjulDatabase, memberId: string): Promise<EventRecord[]> {
  return db.transaction('r', db.events, db.networks, async () => {
    const networkIds = await db.networks.where('memberIds').equals(memberId).primaryKeys()
    const direct = await db.events.where('invitedMemberIds').equals(memberId).toArray()
    const viaNetwork =
      networkIds.length === 0 ? [] : await db.events.where('invitedNetworkIds').anyOf(networkIds).toArray()
    const byId = new Map([...direct, ...viaNetwork].map((e) => [e.id, e]))
    return [...byId.values()].sort(compareEvents)
  })
}

/** Swedish message when an invited member or network, or the event's network, no longer exists. */
async function referenceErrors(
  db: KugghjulDatabase,
  fields: { invitedMemberIds: string[]; invitedNetworkIds: string[]; networkId: string | null }
): Promise<EventErrors> {
  const errors: EventErrors = {}
  if ((await missingKeys(db.members, fields.invitedMemberIds)).length > 0)
    errors.invitedMemberIds =
      'En inbjuden verksamhet finns inte längre i registret. Ta bort den ur listan och försök igen.'
  if ((await missingKeys(db.networks, fields.invitedNetworkIds)).length > 0)
    errors.invitedNetworkIds = 'Ett inbjudet nätverk finns inte längre. Ta bort det ur listan och försök igen.'
  if (fields.networkId && (await missingKeys(db.networks, [fields.networkId])).length > 0)
    errors.networkId = 'Nätverket finns inte längre. Välj ett annat nätverk eller inget.'
  return errors
}

async function validate(db: KugghjulDatabase, draft: CalendarEventDraft, today: string, existing?: EventRecord) {
  const result = validateEventDraft(draft, {
    today,
    ...(await focusAreasOf(db)),
    ...(existing ? { existing } : {})
  })
  if (!result.ok) return result
  const errors = await referenceErrors(db, result.fields)
  return Object.keys(errors).length > 0 ? { ok: false as const, errors } : result
}

export async function createEvent(
  db: KugghjulDatabase,
  draft: CalendarEventDraft,
  today: string
): Promise<WriteResult<EventRecord, EventErrors>> {
  return writeTransaction(db, tables(db), async () => {
    const result = await validate(db, draft, today)
    if (!result.ok) return failed(result.errors)
    const event: EventRecord = newRow(newId(), result.fields, nowIso())
    await db.events.add(event)
    await audit(db, event, 'create', `${label(event)} lades till i årshjulet.`)
    return { ok: true, value: event }
  })
}

export async function updateEvent(
  db: KugghjulDatabase,
  eventId: string,
  draft: CalendarEventDraft,
  today: string
): Promise<WriteResult<EventRecord, EventErrors>> {
  return writeTransaction(db, tables(db), async () => {
    const before = await requireRecord(db.events, 'event', eventId)
    const result = await validate(db, draft, today, before)
    if (!result.ok) return failed(result.errors)
    const event = editedRow(before, result.fields, nowIso())
    await db.events.put(event)
    await audit(db, event, 'update', `${label(event)} ändrades.`)
    return { ok: true, value: event }
  })
}

/** Deletes an event with its attendance and registrations in one transaction; the returned value undoes it. */
export async function deleteEvent(db: KugghjulDatabase, eventId: string): Promise<DeletedEvent> {
  return writeTransaction(db, eventAndItsRows(db), async () => {
    const event = await requireRecord(db.events, 'event', eventId)
    const attendance = await db.attendance.where('eventId').equals(eventId).toArray()
    const nonMemberAttendance = await db.nonMemberAttendance.where('eventId').equals(eventId).toArray()
    const registrations = await db.eventRegistrations.where('eventId').equals(eventId).toArray()
    await db.attendance.bulkDelete(attendance.map((a) => a.id))
    await db.nonMemberAttendance.bulkDelete(nonMemberAttendance.map((a) => a.id))
    await db.eventRegistrations.bulkDelete(registrations.map((r) => r.id))
    await db.events.delete(eventId)
    const with_ = attendance.length > 0 ? ` med deltagande från ${attendance.length} verksamheter` : ''
    await audit(db, event, 'delete', `${label(event)} togs bort${with_}.`)
    return { event, attendance, nonMemberAttendance, registrations }
  })
}

/** Puts a deleted event, its attendance and registrations back exactly as they were. */
export async function restoreEvent(db: KugghjulDatabase, deleted: DeletedEvent): Promise<EventRecord> {
  return writeTransaction(db, eventAndItsRows(db), async () => {
    const { event, attendance, nonMemberAttendance = [], registrations = [] } = deleted
    if (await db.events.get(event.id)) throw new AlreadyRestoredError('event')
    await db.events.add(event)
    await db.attendance.bulkAdd(attendance)
    await db.nonMemberAttendance.bulkAdd(nonMemberAttendance)
    await db.eventRegistrations.bulkAdd(registrations)
    await audit(db, event, 'restore', `${label(event)} återställdes.`)
    return event
  })
}
