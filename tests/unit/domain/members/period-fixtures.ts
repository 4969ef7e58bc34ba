import { createPeriod, type Decision, type MembershipPeriod } from '@/domain/members/membership-period'
import type { WelcomePackage } from '@/domain/members/welcome-package'

/** Decisions and periods for the period and status tests. */
export function decision(decisionDate: string, decisionReference = '', decidedBy = 'Kommunstyrelsen'): Decision {
  return { decisionDate, decisionReference, decidedBy }
}

export function firstPeriod(decisionDate: string): MembershipPeriod {
  return createPeriod({ id: 'p1', memberId: 'm1', decision: decision(decisionDate, 'KS 2024/17') })
}

export function renewal(previous: MembershipPeriod, decisionDate: string): MembershipPeriod {
  return createPeriod({
    id: `p${previous.number + 1}`,
    memberId: previous.memberId,
    decision: decision(decisionDate),
    previous
  })
}

export const completePackage: WelcomePackage = {
  certificateIssuedOn: '2024-03-20',
  logoSentOn: '2024-03-21',
  leadershipBriefingOfferedOn: '2024-03-22',
  leadershipBriefingHeldOn: null
}
