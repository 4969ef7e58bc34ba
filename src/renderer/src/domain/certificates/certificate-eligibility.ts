import type { Member } from '../members/member'
import { latestPeriod, type MembershipPeriod } from '../members/membership-period'
import { periodStatus } from '../members/membership-status'
import { compareSwedish } from '../swedish-format'

type MemberFacts = Pick<Member, 'id' | 'name' | 'archivedAt'>

/**
 * Why no new certificate may be issued for `period`, in Swedish, or undefined
 * when it may. `periods` are all of the member's periods. Reprinting an
 * existing certificate is always allowed and does not ask this.
 */
export function certificateIssueProblem(
  member: MemberFacts,
  period: MembershipPeriod,
  periods: readonly MembershipPeriod[],
  today: string
): string | undefined {
  if (member.archivedAt !== null)
    return `${member.name} är borttagen ur registret. Återställ verksamheten om den ska ha ett intyg.`
  const successor = periods.find((p) => p.number === period.number + 1)
  if (periodStatus(period, successor !== undefined, { today }) === 'ended')
    return (
      `Anslutningen för ${member.name} avslutades ${period.ending?.endedOn ?? ''}. ` +
      'Ett nytt intyg utfärdas bara för en pågående eller kommande period.'
    )
  if (period.endDate < today) {
    const what = `Period ${period.number} för ${member.name} löpte ut ${period.endDate}`
    if (successor) return `${what} och har förnyats. Utfärda intyget för period ${successor.number}.`
    return (
      `${what} utan att förnyas. Registrera förnyelsen eller avslutet; ` +
      'ett nytt intyg utfärdas bara för en pågående eller kommande period.'
    )
  }
  return undefined
}

/**
 * What the member page offers for `period`: a reprint when it has a
 * certificate (always allowed), a new certificate when the rules above allow
 * one, otherwise nothing.
 */
export function certificateOffer(
  member: MemberFacts,
  period: MembershipPeriod,
  periods: readonly MembershipPeriod[],
  certified: boolean,
  today: string
): 'reprint' | 'issue' | undefined {
  if (certified) return 'reprint'
  return certificateIssueProblem(member, period, periods, today) === undefined ? 'issue' : undefined
}

/**
 * "Every active period without a certificate": for each member in the
 * register (not archived), its latest period, unless that is Avslutad, has
 * run out without renewal, or already has a certificate. Sorted by member name, as the batch is printed.
 */
export function periodsAwaitingCertificate<P extends MembershipPeriod>(
  members: readonly MemberFacts[],
  periods: readonly P[],
  certifiedPeriodIds: ReadonlySet<string>,
  today: string
): P[] {
  const byMember = new Map<string, P[]>()
  for (const p of periods) {
    const list = byMember.get(p.memberId)
    if (list) list.push(p)
    else byMember.set(p.memberId, [p])
  }
  const awaiting: { name: string; period: P }[] = []
  for (const member of members) {
    const own = byMember.get(member.id) ?? []
    const latest = latestPeriod(own)
    if (!latest || certifiedPeriodIds.has(latest.id)) continue
    if (certificateIssueProblem(member, latest, own, today) === undefined)
      awaiting.push({ name: member.name, period: latest })
  }
  return awaiting.sort((a, b) => compareSwedish(a.name, b.name)).map((a) => a.period)
}
