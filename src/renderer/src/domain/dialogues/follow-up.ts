import { daysBetween } from '../iso-date'
import type { Dialogue } from './dialogue'

/**
 * Follow-up rules (uppföljning):
 *
 * - A dialogue with a next follow-up date asks for a follow-up on that date.
 * - The follow-up is done as soon as the member has a dialogue dated later
 *   than the one that asked for it, whatever its kind: the coordinator met the
 *   member again. So only the dialogues on a member's latest dialogue date can
 *   have an open follow-up; if several were held that day, the earliest
 *   follow-up date among them counts.
 * - An open follow-up is *försenad* (overdue) when its date has passed, *nära*
 *   (due) from `warningDays` days before it up to and including the day
 *   itself, and *planerad* (upcoming) before that.
 * - A dialogue held on the follow-up date or later closes it; one held on the
 *   same day as the dialogue that asked for it does not.
 * - Only held (genomförda) dialogues take part: a planned one neither asks for
 *   nor closes a follow-up until it is marked held.
 */
export const DEFAULT_FOLLOW_UP_WARNING_DAYS = 14

export const followUpStates = ['overdue', 'due', 'upcoming'] as const
export type FollowUpState = (typeof followUpStates)[number]

export const followUpStateLabels: Readonly<Record<FollowUpState, string>> = {
  overdue: 'Uppföljning försenad',
  due: 'Uppföljning snart',
  upcoming: 'Uppföljning planerad'
}

export interface OpenFollowUp {
  memberId: string
  /** The dialogue that asked for the follow-up. */
  dialogue: Dialogue
  followUpOn: string
  /** 0 on the day, negative when overdue. */
  daysLeft: number
  state: FollowUpState
}

export function followUpState(
  followUpOn: string,
  today: string,
  warningDays = DEFAULT_FOLLOW_UP_WARNING_DAYS
): FollowUpState {
  const daysLeft = daysBetween(today, followUpOn)
  if (daysLeft < 0) return 'overdue'
  return daysLeft <= warningDays ? 'due' : 'upcoming'
}

/** True when the member (whose dialogues are given) has met again after `dialogue`. */
export function isFollowUpDone(dialogue: Dialogue, memberDialogues: readonly Dialogue[]): boolean {
  return memberDialogues.some((d) => d.memberId === dialogue.memberId && d.status === 'held' && d.date > dialogue.date)
}

/** Each member's open follow-up (at most one per member), most urgent first. Dialogues of any number of members. */
export function openFollowUps(
  dialogues: readonly Dialogue[],
  today: string,
  warningDays = DEFAULT_FOLLOW_UP_WARNING_DAYS
): OpenFollowUp[] {
  const latestByMember = new Map<string, Dialogue[]>()
  for (const d of dialogues.filter((x) => x.status === 'held')) {
    const latest = latestByMember.get(d.memberId)
    if (!latest || d.date > latest[0]!.date) latestByMember.set(d.memberId, [d])
    else if (d.date === latest[0]!.date) latest.push(d)
  }
  const open: OpenFollowUp[] = []
  for (const [memberId, sameDay] of latestByMember) {
    const asking = sameDay
      .filter((d) => d.nextFollowUpOn !== null)
      .sort((a, b) => a.nextFollowUpOn!.localeCompare(b.nextFollowUpOn!))[0]
    if (!asking) continue
    const followUpOn = asking.nextFollowUpOn!
    open.push({
      memberId,
      dialogue: asking,
      followUpOn,
      daysLeft: daysBetween(today, followUpOn),
      state: followUpState(followUpOn, today, warningDays)
    })
  }
  return open.sort((a, b) => a.followUpOn.localeCompare(b.followUpOn) || a.memberId.localeCompare(b.memberId))
}

/** The follow-ups Översikt shows: overdue and due, most urgent first. */
export function followUpsNeedingAttention(
  dialogues: readonly Dialogue[],
  today: string,
  warningDays = DEFAULT_FOLLOW_UP_WARNING_DAYS
): { overdue: OpenFollowUp[]; due: OpenFollowUp[] } {
  const open = openFollowUps(dialogues, today, warningDays)
  return { overdue: open.filter((f) => f.state === 'overdue'), due: open.filter((f) => f.state === 'due') }
}
