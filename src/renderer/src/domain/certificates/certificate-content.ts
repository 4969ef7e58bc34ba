import type { CountyProfile } from '../county-profile'
import type { Member } from '../members/member'
import type { MembershipPeriod } from '../members/membership-period'

/**
 * What a certificate states, frozen when it is issued. The verification code
 * is derived from exactly these fields (see canonicalCertificateText), so a
 * reprint says the same thing and a changed field is caught.
 */
export interface CertificateContent {
  number: string
  orgNumber: string
  memberName: string
  periodStartDate: string
  periodEndDate: string
  decisionDate: string
  countyCode: string
  strategyName: string
  strategyStartYear: number
  strategyEndYear: number
}

/** The content of a certificate with `number` for `member`'s `period` under the county profile. */
export function certificateContent(args: {
  number: string
  member: Pick<Member, 'name' | 'orgNumber'>
  period: Pick<MembershipPeriod, 'startDate' | 'endDate' | 'decisionDate'>
  profile: Pick<CountyProfile, 'countyCode' | 'strategyName' | 'strategyStartYear' | 'strategyEndYear'>
}): CertificateContent {
  const { number, member, period, profile } = args
  return {
    number,
    orgNumber: member.orgNumber,
    memberName: tidy(member.name),
    periodStartDate: period.startDate,
    periodEndDate: period.endDate,
    decisionDate: period.decisionDate,
    countyCode: profile.countyCode,
    strategyName: tidy(profile.strategyName),
    strategyStartYear: profile.strategyStartYear,
    strategyEndYear: profile.strategyEndYear
  }
}

/**
 * The strategy line of the canonical text: name, space, years with an en dash,
 * always, even when the name already holds the years. It is part of every
 * issued code, so it must not follow strategyTitle (which prints the years once).
 */
function canonicalStrategy(
  content: Pick<CertificateContent, 'strategyName' | 'strategyStartYear' | 'strategyEndYear'>
): string {
  return `${content.strategyName} ${content.strategyStartYear}\u2013${content.strategyEndYear}`
}

export const CANONICAL_HEADER = 'kugghjul-intyg/1'

/**
 * The exact text the verification code is computed from. Changing it
 * invalidates every certificate issued before, so it is versioned by its
 * first line. Lines are separated by LF with no trailing newline; each value
 * is NFC-normalised, trimmed, with runs of white space (including line
 * breaks) as one space; the text is hashed as UTF-8:
 *
 *     kugghjul-intyg/1
 *     number=H-2026-014
 *     orgNumber=202100-2304
 *     memberName=Länsstyrelsen i Kalmar län
 *     periodStart=2026-03-15
 *     periodEnd=2029-03-14
 *     decisionDate=2026-03-15
 *     countyCode=08
 *     strategy=Ett jämställt Kalmar län 2023–2027
 */
export function canonicalCertificateText(content: CertificateContent): string {
  const lines: [string, string][] = [
    ['number', content.number],
    ['orgNumber', content.orgNumber],
    ['memberName', content.memberName],
    ['periodStart', content.periodStartDate],
    ['periodEnd', content.periodEndDate],
    ['decisionDate', content.decisionDate],
    ['countyCode', content.countyCode],
    ['strategy', canonicalStrategy(content)]
  ]
  return [CANONICAL_HEADER, ...lines.map(([key, value]) => `${key}=${tidy(value)}`)].join('\n')
}

function tidy(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim()
}
