import type { MembershipPeriod } from './membership-period'

/**
 * What can be registered next on a member's latest period:
 * - `renewOrEnd` — no ending is registered: a renewal decision or an ending;
 * - `endingScheduled` — an ending is registered for a later day: the
 *   membership runs until then and nothing else can be registered (a new
 *   decision must come after the ending, and no decision may lie ahead);
 * - `rejoin` — the ending has taken effect (or there is no period): a new
 *   decision makes the organisation join again.
 */
export type MembershipChange = 'renewOrEnd' | 'endingScheduled' | 'rejoin'

export function membershipChange(latest: MembershipPeriod | undefined, today: string): MembershipChange {
  if (!latest) return 'rejoin'
  if (!latest.ending) return 'renewOrEnd'
  return latest.ending.endedOn <= today ? 'rejoin' : 'endingScheduled'
}
