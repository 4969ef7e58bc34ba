import { daysBetween } from '../iso-date'
import { latestPeriod, type MembershipPeriod } from './membership-period'

/**
 * Ordered by how much they ask of the coordinator, most urgent first. The
 * welcome package is not part of the status: a member that joined years ago
 * and never got its logo is Aktiv, with its welcome package shown apart
 * (`welcomePackageStateLabels` in welcome-package.ts).
 */
export const membershipStatuses = ['evaluationOverdue', 'evaluationDue', 'renewed', 'active', 'ended'] as const
export type MembershipStatus = (typeof membershipStatuses)[number]

export const membershipStatusLabels: Readonly<Record<MembershipStatus, string>> = {
  active: 'Aktiv',
  evaluationDue: 'Utvärdering närmar sig',
  evaluationOverdue: 'Utvärdering försenad',
  renewed: 'Förnyad',
  ended: 'Avslutad'
}

export const DEFAULT_EVALUATION_WARNING_DAYS = 90

export interface StatusOptions {
  today: string
  /** "Utvärdering närmar sig" from this many days before the end date. Default 90. */
  warningDays?: number
}

/** Days left until the period's last day: 0 on the end date, negative after it. */
export function daysUntilEnd(period: MembershipPeriod, today: string): number {
  return daysBetween(today, period.endDate)
}

/**
 * The status of one period, derived from its dates and what was registered:
 *
 * 1. Avslutad — an ending is registered and today is on or after its date.
 * 2. Förnyad — a later period exists (`renewed`).
 * 3. Utvärdering försenad — the period's end date has passed and it was
 *    neither renewed nor ended (the evaluation's outcome is missing), whatever
 *    else is recorded: an ending dated after the period's end is not valid.
 * 4. Utvärdering närmar sig — at most `warningDays` days left (0 on the end
 *    date), unless an ending is already registered for a later date.
 * 5. Aktiv — otherwise, whether or not the welcome package is complete.
 */
export function periodStatus(period: MembershipPeriod, renewed: boolean, options: StatusOptions): MembershipStatus {
  const { today } = options
  const warningDays = options.warningDays ?? DEFAULT_EVALUATION_WARNING_DAYS
  if (period.ending && period.ending.endedOn <= today) return 'ended'
  if (renewed) return 'renewed'
  const daysLeft = daysUntilEnd(period, today)
  // An ending falls within its period, so one still ahead cannot excuse a period that has run out.
  if (daysLeft < 0) return 'evaluationOverdue'
  if (!period.ending && daysLeft <= warningDays) return 'evaluationDue'
  return 'active'
}

/**
 * The member's status: that of its latest period, except that while a
 * renewal decided early waits for its start date, the member is Förnyad.
 * A member without periods (which the register does not create) counts as Aktiv.
 */
export function memberStatus(periods: readonly MembershipPeriod[], options: StatusOptions): MembershipStatus {
  const latest = latestPeriod(periods)
  if (!latest) return 'active'
  if (latest.number > 1 && options.today < latest.startDate) return 'renewed'
  return periodStatus(latest, false, options)
}

/** Statuses for a member's timeline, keyed by period id. */
export function periodStatuses(
  periods: readonly MembershipPeriod[],
  options: StatusOptions
): Map<string, MembershipStatus> {
  const latest = latestPeriod(periods)
  return new Map(periods.map((p) => [p.id, periodStatus(p, p !== latest, options)]))
}
