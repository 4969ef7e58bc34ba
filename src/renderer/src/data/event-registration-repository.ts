import {
  attendanceWhenMarkedAttended,
  attendedStatusRefusal,
  invitationChanges,
  invitationChangeSummary,
  type InvitationStatus
} from '@/domain/calendar/invitations'
import { recordAudit } from './audit-log'
import { newId, nowIso, type KugghjulDatabase } from './database'
import type { AttendanceRecord, EventRegistrationRecord } from './records'
import { requireRecord } from './record-not-found'
import { writeTransaction } from './write-transaction'

/** An event's registrations (anmälningar), one row per registered member (schema version 10). */
export function loadEventRegistrations(db: KugghjulDatabase, eventId: string): Promise<EventRegistrationRecord[]> {
  return db.eventRegistrations.where('eventId').equals(eventId).toArray()
}

/** The registrations and attendance of the members a status change touched, as they were before it. */
export interface InvitationSnapshot {
  eventId: string
  memberIds: string[]
  registrations: EventRegistrationRecord[]
  attendance: AttendanceRecord[]
}

export type InvitationStatusResult = { ok: true; changed: InvitationSnapshot } | { ok: false; error: string }

const tables = (db: KugghjulDatabase) => [db.eventRegistrations, db.attendance, db.events, db.auditLog]

async function snapshotOf(
  db: KugghjulDatabase,
  eventId: string,
  memberIds: readonly string[]
): Promise<InvitationSnapshot> {
  const keys = memberIds.map((memberId) => [eventId, memberId])
  const [registrations, attendance] = await Promise.all([
    db.eventRegistrations.where('[eventId+memberId]').anyOf(keys).toArray(),
    db.attendance.where('[eventId+memberId]').anyOf(keys).toArray()
  ])
  return { eventId, memberIds: [...memberIds], registrations, attendance }
}

/**
 * Moves members of an event to a status in one transaction: registrations are
 * added or removed, and "Deltog" adds the attendance row (one person, sex not
 * given, unless the member already has attendance, whose counts are kept).
 * Returns what the touched members had before, for restoreInvitationStatus.
 */
export async function setInvitationStatus(
  db: KugghjulDatabase,
  eventId: string,
  memberIds: readonly string[],
  target: InvitationStatus,
  today: string
): Promise<InvitationStatusResult> {
  return writeTransaction(db, tables(db), async () => {
    const event = await requireRecord(db.events, 'event', eventId)
    const refusal = target === 'attended' ? attendedStatusRefusal(event, today) : undefined
    if (refusal) return { ok: false, error: refusal }
    const before = await snapshotOf(db, eventId, memberIds)
    const registered = new Map(before.registrations.map((r) => [r.memberId, r]))
    const attending = new Map(before.attendance.map((a) => [a.memberId, a]))
    const changes = invitationChanges(memberIds, target, new Set(registered.keys()), new Set(attending.keys()))
    const now = nowIso()
    for (const change of changes) {
      const registration = registered.get(change.memberId)
      if (change.registered && !registration)
        await db.eventRegistrations.add({
          id: newId(),
          eventId,
          memberId: change.memberId,
          createdAt: now,
          updatedAt: now
        })
      if (!change.registered && registration) await db.eventRegistrations.delete(registration.id)
      const attendance = attending.get(change.memberId)
      if (change.attended && !attendance) {
        const counts = attendanceWhenMarkedAttended()
        await db.attendance.add({
          id: newId(),
          eventId,
          memberId: change.memberId,
          ...counts,
          createdAt: now,
          updatedAt: now
        })
      }
      if (!change.attended && attendance) await db.attendance.delete(attendance.id)
    }
    const changedIds = changes.map((c) => c.memberId)
    if (changes.length > 0)
      await recordAudit(db, {
        entityType: 'event',
        entityId: eventId,
        action: 'update',
        summary: `"${event.title}": ${invitationChangeSummary(changes.length, target)}`
      })
    return {
      ok: true,
      changed: {
        eventId,
        memberIds: changedIds,
        registrations: before.registrations.filter((r) => changedIds.includes(r.memberId)),
        attendance: before.attendance.filter((a) => changedIds.includes(a.memberId))
      }
    }
  })
}

/** Puts the registrations and attendance of the members in a snapshot back as they were (Ångra). */
export async function restoreInvitationStatus(db: KugghjulDatabase, snapshot: InvitationSnapshot): Promise<void> {
  await writeTransaction(db, tables(db), async () => {
    const event = await requireRecord(db.events, 'event', snapshot.eventId)
    const now = await snapshotOf(db, snapshot.eventId, snapshot.memberIds)
    await db.eventRegistrations.bulkDelete(now.registrations.map((r) => r.id))
    await db.attendance.bulkDelete(now.attendance.map((a) => a.id))
    await db.eventRegistrations.bulkAdd(snapshot.registrations)
    await db.attendance.bulkAdd(snapshot.attendance)
    await recordAudit(db, {
      entityType: 'event',
      entityId: event.id,
      action: 'restore',
      summary: `"${event.title}": statusen för ${snapshot.memberIds.length} verksamheter återställdes.`
    })
  })
}
