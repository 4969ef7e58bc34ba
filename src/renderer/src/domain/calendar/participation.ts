import { groupBy } from '../group-by'
import type { Member } from '../members/member'
import { memberTypes, type MemberType } from '../members/member-type'
import {
  attendanceTotal,
  noParticipants,
  participantGroups,
  type Attendance,
  type NonMemberAttendance,
  type ParticipantCounts
} from './attendance'
import type { CalendarEvent } from './calendar-event'

/** Sums of participants; `total` is derived, always the sum of the four groups. */
export interface ParticipationSums extends ParticipantCounts {
  total: number
  /** Distinct events with at least one attendance. */
  events: number
  /** Attendance rows (member × event, or a non-member row). */
  attendances: number
}

/** Adds up attendance rows (members' or non-members'). */
export function sumParticipation(rows: readonly (ParticipantCounts & { eventId: string })[]): ParticipationSums {
  const counts = noParticipants()
  const events = new Set<string>()
  for (const a of rows) {
    for (const group of participantGroups) counts[group] += a[group]
    events.add(a.eventId)
  }
  return { ...counts, total: attendanceTotal(counts), events: events.size, attendances: rows.length }
}

/** Per event id, its participation. */
export function participationByEvent(
  rows: readonly (ParticipantCounts & { eventId: string })[]
): Map<string, ParticipationSums> {
  return new Map([...groupBy(rows, (a) => a.eventId)].map(([id, list]) => [id, sumParticipation(list)]))
}

/** How every table, chart and spreadsheet names the participants who belong to no member organisation. */
export const nonMembersLabel = 'Utanför anslutna verksamheter'

export interface ParticipationReport {
  from: string
  to: string
  /** Events in the range, whether anyone attended or not. */
  eventCount: number
  /** Members' participants. */
  bySex: ParticipationSums
  /** Participants from no member organisation, apart from bySex. */
  nonMembers: ParticipationSums
  /** Everyone who came: members and non-members. */
  everyone: ParticipationSums
  /** Every member type in the UI's order; types without attendance have zeros. */
  byMemberType: { type: MemberType; sums: ParticipationSums }[]
}

/**
 * Participation in events dated from `from` to `to` (both included), by sex
 * and by the attending member's type; non-members apart. Attendance of a
 * member no longer in the data counts in the totals and under 'other'.
 */
export function participationReport(args: {
  events: readonly CalendarEvent[]
  attendance: readonly Attendance[]
  nonMemberAttendance?: readonly NonMemberAttendance[]
  members: readonly Pick<Member, 'id' | 'type'>[]
  from: string
  to: string
}): ParticipationReport {
  const { from, to } = args
  const inRange = new Set(args.events.filter((e) => e.date >= from && e.date <= to).map((e) => e.id))
  const rows = args.attendance.filter((a) => inRange.has(a.eventId))
  const guests = (args.nonMemberAttendance ?? []).filter((a) => inRange.has(a.eventId))
  const typeOf = new Map(args.members.map((m) => [m.id, m.type]))
  const byType = new Map<MemberType, Attendance[]>(memberTypes.map((t) => [t, []]))
  for (const a of rows) byType.get(typeOf.get(a.memberId) ?? 'other')!.push(a)
  return {
    from,
    to,
    eventCount: inRange.size,
    bySex: sumParticipation(rows),
    nonMembers: sumParticipation(guests),
    everyone: sumParticipation([...rows, ...guests]),
    byMemberType: memberTypes.map((type) => ({ type, sums: sumParticipation(byType.get(type)!) }))
  }
}
