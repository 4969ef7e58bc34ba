import { groupBy } from '../group-by'
import type { Member } from '../members/member'
import type { MembershipPeriod } from '../members/membership-period'
import type { ActionPlan } from './action-plan'

/**
 * Which members have a plan for their current period. The current period is
 * the one that covers today (the latest, if a renewal overlaps) and is not
 * ended before today. Archived members, and members with no such period
 * (ended, or waiting for an evaluation), are left out: they need no plan now.
 */
export interface PlanCoverageEntry {
  member: Member
  period: MembershipPeriod
  plan: ActionPlan | null
}

export interface PlanCoverage {
  withoutPlan: PlanCoverageEntry[]
  draftOnly: PlanCoverageEntry[]
  established: PlanCoverageEntry[]
}

export function currentPeriod<P extends MembershipPeriod>(periods: readonly P[], today: string): P | undefined {
  let current: P | undefined
  for (const p of periods) {
    if (p.startDate > today || p.endDate < today || (p.ending && p.ending.endedOn < today)) continue
    if (!current || p.number > current.number) current = p
  }
  return current
}

export function planCoverage(
  members: readonly Member[],
  periods: readonly MembershipPeriod[],
  plans: readonly ActionPlan[],
  today: string
): PlanCoverage {
  const periodsByMember = groupBy(periods, (p) => p.memberId)
  const planByPeriod = new Map(plans.map((p) => [p.periodId, p]))
  const coverage: PlanCoverage = { withoutPlan: [], draftOnly: [], established: [] }
  for (const member of members) {
    if (member.archivedAt !== null) continue
    const period = currentPeriod(periodsByMember.get(member.id) ?? [], today)
    if (!period) continue
    const plan = planByPeriod.get(period.id) ?? null
    const entry = { member, period, plan }
    if (!plan) coverage.withoutPlan.push(entry)
    else if (plan.status === 'draft') coverage.draftOnly.push(entry)
    else coverage.established.push(entry)
  }
  return coverage
}
