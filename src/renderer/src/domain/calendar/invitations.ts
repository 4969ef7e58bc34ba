import { noParticipants, type ParticipantCounts } from './attendance'
import type { CalendarEvent } from './calendar-event'
import { countWith, nouns } from '../swedish-format'

/**
 * Who is invited to an event and how far each invited member has come:
 * inbjuden → anmäld → deltog. Only "anmäld" is stored as such (an
 * EventRegistration, schema version 10); "deltog" is the member's attendance
 * row, so the invitation list and the attendance table can never disagree.
 */
export const invitationStatuses = ['invited', 'registered', 'attended'] as const
export type InvitationStatus = (typeof invitationStatuses)[number]

export const invitationStatusLabels: Readonly<Record<InvitationStatus, string>> = {
  invited: 'Inbjuden',
  registered: 'Anmäld',
  attended: 'Deltog'
}

/** A member's registration (anmälan) for an event; one per event and member. */
export interface EventRegistration {
  id: string
  eventId: string
  memberId: string
}

/** Members invited directly, through an invited network or through the event's own network. */
export function invitedMemberIds(
  event: Pick<CalendarEvent, 'invitedMemberIds' | 'invitedNetworkIds' | 'networkId'>,
  networkMembers: (networkId: string) => readonly string[]
): ReadonlySet<string> {
  const networkIds = [...event.invitedNetworkIds, ...(event.networkId ? [event.networkId] : [])]
  return new Set([...event.invitedMemberIds, ...networkIds.flatMap(networkMembers)])
}

/** Deltog wins over anmäld: a member with attendance took part whether or not it registered first. */
export function invitationStatusOf(
  memberId: string,
  registeredIds: ReadonlySet<string>,
  attendingIds: ReadonlySet<string>
): InvitationStatus {
  if (attendingIds.has(memberId)) return 'attended'
  return registeredIds.has(memberId) ? 'registered' : 'invited'
}

/**
 * What the attendance row of a member newly marked "Deltog" holds: one person
 * whose sex nobody has given yet. The coordinator types the real counts with
 * Ändra; a member that already has attendance keeps the counts typed before.
 */
export function attendanceWhenMarkedAttended(): ParticipantCounts {
  return { ...noParticipants(), unknown: 1 }
}

/** Why members cannot be marked "Deltog" yet, or undefined when they can. */
export function attendedStatusRefusal(event: Pick<CalendarEvent, 'date'>, today: string): string | undefined {
  return event.date > today
    ? `Aktiviteten äger rum ${event.date}. Markera deltagandet när den har ägt rum; anmälningar kan du markera redan nu.`
    : undefined
}

/** What changes for each member moved to `target`: whether it is registered and whether it has attendance. */
export interface InvitationChange {
  memberId: string
  registered: boolean
  attended: boolean
}

/**
 * The changes that move the members to `target`. "Anmäld" keeps or adds the
 * registration and drops attendance; "Inbjuden" drops both; "Deltog" adds
 * attendance and keeps a registration already made. Members already at the
 * target are left out, so an undo only puts back what really changed.
 */
export function invitationChanges(
  memberIds: readonly string[],
  target: InvitationStatus,
  registeredIds: ReadonlySet<string>,
  attendingIds: ReadonlySet<string>
): InvitationChange[] {
  return memberIds
    .filter((id) => invitationStatusOf(id, registeredIds, attendingIds) !== target)
    .map((memberId) => ({
      memberId,
      registered: target === 'registered' || (target === 'attended' && registeredIds.has(memberId)),
      attended: target === 'attended'
    }))
}

/** "Status Anmäld för 2 verksamheter.", for the undo notice and the audit log. */
export function invitationChangeSummary(count: number, target: InvitationStatus): string {
  return `Status ${invitationStatusLabels[target]} för ${countWith(count, nouns.member)}.`
}
