import type { Certificate } from '@/domain/certificates/certificate'
import { certificateContent, type CertificateContent } from '@/domain/certificates/certificate-content'
import { certificateIssueProblem } from '@/domain/certificates/certificate-eligibility'
import {
  certificateNumberPrefix,
  countyLetter,
  formatCertificateNumber,
  nextCertificateSerial,
  yearOf
} from '@/domain/certificates/certificate-number'
import type { CountyProfile } from '@/domain/county-profile'
import { loadCountyProfile } from './county-profile-repository'
import type { KugghjulDatabase } from './database'
import type { CertificateRecord, MemberRecord, MembershipPeriodRecord } from './records'

/** A certificate about to be issued: everything but its code, which is hashed outside the transaction. */
export interface NewCertificate {
  periodId: string
  memberId: string
  periodNumber: number
  content: CertificateContent
  serial: number
}

/** What issuing for a list of periods would do, read in one consistent snapshot of the register. */
export interface IssuePlan {
  profile: CountyProfile
  /** In the order the periods were asked for: an existing certificate, or a new one. */
  items: ({ existing: CertificateRecord } | { fresh: NewCertificate })[]
  /** The highest serial of the county letter and year when the plan was made (0 for none). */
  highestSerial: number
  letter: string
  year: number
}

export type PlanResult = { ok: true; plan: IssuePlan } | { ok: false; problems: string[] }

const PROFILE_MISSING =
  'Länsprofilen saknar län eller strategi. Fyll i den under Inställningar och utfärda sedan intygen.'

/** The highest serial issued so far for the county letter and year, 0 for none. */
export async function highestSerial(db: KugghjulDatabase, letter: string, year: number): Promise<number> {
  const numbers = await db.certificates.where('number').startsWith(certificateNumberPrefix(letter, year)).keys()
  return nextCertificateSerial(numbers as string[], letter, year) - 1
}

export function contentFor(
  number: string,
  member: MemberRecord,
  period: MembershipPeriodRecord,
  profile: CountyProfile
): CertificateContent {
  return certificateContent({ number, member, period, profile })
}

/** Call inside a read transaction over settings, members, membershipPeriods and certificates. */
export async function planIssue(
  db: KugghjulDatabase,
  periodIds: readonly string[],
  today: string
): Promise<PlanResult> {
  const profile = await loadCountyProfile(db)
  const letter = profile ? countyLetter(profile.countyCode) : undefined
  if (!profile || !letter || profile.strategyName.trim() === '') return { ok: false, problems: [PROFILE_MISSING] }

  const year = yearOf(today)
  const highest = await highestSerial(db, letter, year)
  const problems: string[] = []
  const items: IssuePlan['items'] = []
  let serial = highest
  for (const periodId of new Set(periodIds)) {
    const existing = await db.certificates.where('periodId').equals(periodId).first()
    if (existing) {
      items.push({ existing })
      continue
    }
    const period = await db.membershipPeriods.get(periodId)
    const member = period ? await db.members.get(period.memberId) : undefined
    if (!period || !member) {
      problems.push('En av de valda perioderna finns inte längre i registret. Gå tillbaka till listan och välj igen.')
      continue
    }
    const periods = await db.membershipPeriods.where('memberId').equals(member.id).toArray()
    const problem = certificateIssueProblem(member, period, periods, today)
    if (problem) {
      problems.push(problem)
      continue
    }
    serial += 1
    const number = formatCertificateNumber({ countyLetter: letter, year, serial })
    items.push({
      fresh: {
        periodId,
        memberId: member.id,
        periodNumber: period.number,
        content: contentFor(number, member, period, profile),
        serial
      }
    })
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, plan: { profile, items, highestSerial: highest, letter, year } }
}

/** The certificate record for a planned one, once its code is known. */
export function certificateRecord(
  fresh: NewCertificate,
  code: string,
  profile: CountyProfile,
  args: { id: string; now: string; today: string }
): CertificateRecord {
  const certificate: Certificate = {
    id: args.id,
    number: fresh.content.number,
    code,
    memberId: fresh.memberId,
    periodId: fresh.periodId,
    periodNumber: fresh.periodNumber,
    issuedAt: args.now,
    issuedOn: args.today,
    content: fresh.content,
    signatory: { name: profile.signatoryName.trim(), title: profile.signatoryTitle.trim() }
  }
  return { ...certificate, createdAt: args.now, updatedAt: args.now }
}
