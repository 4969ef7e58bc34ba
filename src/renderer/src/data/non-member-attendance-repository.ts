import {
  attendanceTotal,
  countsInWords,
  validateNonMemberAttendanceDraft,
  type AttendanceDraft,
  type AttendanceErrors
} from '@/domain/calendar/attendance'
import { recordAudit } from './audit-log'
import { newId, nowIso, type KugghjulDatabase } from './database'
import { failed, type WriteResult } from './member-register-errors'
import type { EventRecord, NonMemberAttendanceRecord } from './records'
import { requireRecord } from './record-not-found'
import { rowsOfEvents } from './rows-of-events'
import { writeTransaction } from './write-transaction'

/**
 * People at an event who belong to no member organisation (schema version 8):
 * one row per organisation named (or none), counted apart from the members.
 */
export type NonMemberDraft = AttendanceDraft & { organisation: string }
export type NonMemberErrors = AttendanceErrors & { organisation?: string }

const who = (row: Pick<NonMemberAttendanceRecord, 'organisation'>) =>
  row.organisation ? `deltagare från ${row.organisation}` : 'deltagare utanför anslutna verksamheter'

function audit(db: KugghjulDatabase, event: EventRecord, summary: string) {
  return recordAudit(db, { entityType: 'event', entityId: event.id, action: 'update', summary })
}

export function loadEventNonMembers(db: KugghjulDatabase, eventId: string): Promise<NonMemberAttendanceRecord[]> {
  return db.nonMemberAttendance.where('eventId').equals(eventId).toArray()
}

/** The non-member rows of the given events (e.g. a year's, for the årshjul's .xlsx). */
export function loadNonMembersOfEvents(
  db: KugghjulDatabase,
  eventIds: readonly string[]
): Promise<NonMemberAttendanceRecord[]> {
  return rowsOfEvents(db.nonMemberAttendance, eventIds)
}

/** Adds a row of non-member participants to an event that has taken place. */
export async function addNonMemberAttendance(
  db: KugghjulDatabase,
  eventId: string,
  draft: NonMemberDraft,
  today: string
): Promise<WriteResult<NonMemberAttendanceRecord, NonMemberErrors>> {
  return writeTransaction(db, [db.nonMemberAttendance, db.events, db.auditLog], async () => {
    const event = await requireRecord(db.events, 'event', eventId)
    const result = validateNonMemberAttendanceDraft(draft, event, today)
    if (!result.ok) return failed(result.errors)
    const now = nowIso()
    const row: NonMemberAttendanceRecord = {
      id: newId(),
      eventId,
      organisation: result.organisation,
      ...result.counts,
      createdAt: now,
      updatedAt: now
    }
    await db.nonMemberAttendance.add(row)
    await audit(db, event, `${attendanceTotal(row)} ${who(row)} i "${event.title}" (${countsInWords(row)}).`)
    return { ok: true, value: row }
  })
}

/** Removes a row of non-member participants; returns it (give it to restoreNonMemberAttendance to undo), or undefined. */
export async function removeNonMemberAttendance(
  db: KugghjulDatabase,
  rowId: string
): Promise<NonMemberAttendanceRecord | undefined> {
  return writeTransaction(db, [db.nonMemberAttendance, db.events, db.auditLog], async () => {
    const row = await db.nonMemberAttendance.get(rowId)
    if (!row) return undefined
    const event = await requireRecord(db.events, 'event', row.eventId)
    await db.nonMemberAttendance.delete(rowId)
    await audit(db, event, `Raden med ${who(row)} i "${event.title}" togs bort.`)
    return row
  })
}

/** Puts a removed row back as it was (Ångra). */
export async function restoreNonMemberAttendance(db: KugghjulDatabase, row: NonMemberAttendanceRecord): Promise<void> {
  await writeTransaction(db, [db.nonMemberAttendance, db.events, db.auditLog], async () => {
    const event = await requireRecord(db.events, 'event', row.eventId)
    await db.nonMemberAttendance.put(row)
    await audit(db, event, `Raden med ${who(row)} i "${event.title}" återställdes.`)
  })
}
