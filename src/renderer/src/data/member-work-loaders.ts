import type { KugghjulDatabase } from './database'
import { rowsOfEvents } from './rows-of-events'
import type {
  ActionPlanRecord,
  ActionRecord,
  AttendanceRecord,
  DialogueRecord,
  EventRecord,
  MemberRecord,
  MembershipPeriodRecord,
  NonMemberAttendanceRecord
} from './records'

/**
 * Bulk reads for the follow-up screens. Each runs in one read transaction,
 * uses the indexes of schema version 3, and returns plain rows for the
 * domain functions (actionsByGoal, countyActionCounts, planCoverage,
 * participationReport, openFollowUps).
 */

export interface MemberWork {
  /** Newest first. */
  dialogues: DialogueRecord[]
  /** One per period at most. */
  plans: ActionPlanRecord[]
  actions: ActionRecord[]
  attendance: AttendanceRecord[]
}

/** Everything of one member's work, for its detail page: four index lookups on memberId. */
export async function loadMemberWork(db: KugghjulDatabase, memberId: string): Promise<MemberWork> {
  return db.transaction('r', [db.dialogues, db.actionPlans, db.actions, db.attendance], async () => {
    const [dialogues, plans, actions, attendance] = await Promise.all([
      db.dialogues.where('memberId').equals(memberId).reverse().sortBy('date'),
      db.actionPlans.where('memberId').equals(memberId).toArray(),
      db.actions.where('memberId').equals(memberId).toArray(),
      db.attendance.where('memberId').equals(memberId).toArray()
    ])
    return { dialogues, plans, actions, attendance }
  })
}

export interface CountyFollowUp {
  members: MemberRecord[]
  periods: MembershipPeriodRecord[]
  plans: ActionPlanRecord[]
  actions: ActionRecord[]
}

/** What the county view's plan and action tables need (no dialogues: those are Översikt's). */
export async function loadCountyFollowUp(db: KugghjulDatabase): Promise<CountyFollowUp> {
  return db.transaction('r', [db.members, db.membershipPeriods, db.actionPlans, db.actions], async () => {
    const [members, periods, plans, actions] = await Promise.all([
      db.members.toArray(),
      db.membershipPeriods.toArray(),
      db.actionPlans.toArray(),
      db.actions.toArray()
    ])
    return { members, periods, plans, actions }
  })
}

/** Events dated from `from` to `to` with their attendance (members' and non-members') and the members' types, for participationReport. */
export async function loadParticipation(
  db: KugghjulDatabase,
  from: string,
  to: string
): Promise<{
  events: EventRecord[]
  attendance: AttendanceRecord[]
  nonMemberAttendance: NonMemberAttendanceRecord[]
  members: Pick<MemberRecord, 'id' | 'type'>[]
}> {
  return db.transaction('r', [db.events, db.attendance, db.nonMemberAttendance, db.members], async () => {
    const events = await db.events.where('date').between(from, to, true, true).toArray()
    const ids = events.map((e) => e.id)
    const attendance = await rowsOfEvents(db.attendance, ids)
    const nonMemberAttendance = await rowsOfEvents(db.nonMemberAttendance, ids)
    const memberIds = [...new Set(attendance.map((a) => a.memberId))]
    const members = (await db.members.bulkGet(memberIds))
      .filter((m): m is MemberRecord => m !== undefined)
      .map((m) => ({ id: m.id, type: m.type }))
    return { events, attendance, nonMemberAttendance, members }
  })
}
