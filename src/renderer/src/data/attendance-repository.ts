import {
  attendanceTotal,
  countsInWords,
  validateAttendanceDraft,
  type AttendanceDraft,
  type AttendanceErrors
} from '@/domain/calendar/attendance'
import { recordAudit } from './audit-log'
import { newId, nowIso, type KugghjulDatabase } from './database'
import { failed, type WriteResult } from './member-register-errors'
import { requireMember } from './member-repository'
import type { AttendanceRecord, EventRecord } from './records'
import { requireRecord } from './record-not-found'
import { rowsOfEvents } from './rows-of-events'
import { writeTransaction } from './write-transaction'

function audit(db: KugghjulDatabase, event: EventRecord, summary: string) {
  return recordAudit(db, { entityType: 'event', entityId: event.id, action: 'update', summary })
}

/** An event's attendance, one row per member. */
export function loadEventAttendance(db: KugghjulDatabase, eventId: string): Promise<AttendanceRecord[]> {
  return db.attendance.where('eventId').equals(eventId).toArray()
}

/** The attendance of the given events (e.g. a year's, for the export and the participation report). */
export function loadAttendanceOfEvents(db: KugghjulDatabase, eventIds: readonly string[]): Promise<AttendanceRecord[]> {
  return rowsOfEvents(db.attendance, eventIds)
}

/** Records how many from a member took part in an event; replaces what was recorded before. */
export async function setAttendance(
  db: KugghjulDatabase,
  eventId: string,
  memberId: string,
  draft: AttendanceDraft,
  today: string
): Promise<WriteResult<AttendanceRecord, AttendanceErrors>> {
  return writeTransaction(db, [db.attendance, db.events, db.members, db.auditLog], async () => {
    const event = await requireRecord(db.events, 'event', eventId)
    const member = await requireMember(db, memberId)
    const result = validateAttendanceDraft(draft, event, today)
    if (!result.ok) return failed(result.errors)
    const before = await db.attendance.where('[eventId+memberId]').equals([eventId, memberId]).first()
    const now = nowIso()
    const row: AttendanceRecord = {
      id: before?.id ?? newId(),
      eventId,
      memberId,
      ...result.counts,
      createdAt: before?.createdAt ?? now,
      updatedAt: now
    }
    await db.attendance.put(row)
    await audit(
      db,
      event,
      `Deltagande för ${member.name} i "${event.title}": ${attendanceTotal(row)} personer (${countsInWords(result.counts)}).`
    )
    return { ok: true, value: row }
  })
}

/** Removes a member's attendance from an event; returns what was removed (give it to setAttendance to undo), or undefined. */
export async function removeAttendance(
  db: KugghjulDatabase,
  eventId: string,
  memberId: string
): Promise<AttendanceRecord | undefined> {
  return writeTransaction(db, [db.attendance, db.events, db.members, db.auditLog], async () => {
    const row = await db.attendance.where('[eventId+memberId]').equals([eventId, memberId]).first()
    if (!row) return undefined
    const event = await requireRecord(db.events, 'event', eventId)
    const member = await db.members.get(memberId)
    await db.attendance.delete(row.id)
    await audit(db, event, `Deltagandet för ${member?.name ?? 'en verksamhet'} i "${event.title}" togs bort.`)
    return row
  })
}
