import type { Certificate } from '@/domain/certificates/certificate'
import { canonicalCertificateText } from '@/domain/certificates/certificate-content'
import { periodsAwaitingCertificate } from '@/domain/certificates/certificate-eligibility'
import { deriveVerificationCode, type Sha256 } from '@/domain/certificates/verification-code'
import { recordAudit } from './audit-log'
import {
  certificateRecord,
  contentFor,
  highestSerial,
  planIssue,
  type IssuePlan,
  type NewCertificate
} from './certificate-issue-plan'
import { withoutTimestamps } from './certificate-repository'
import { newId, nowIso, type KugghjulDatabase } from './database'
import { failed, type WriteResult } from './member-register-errors'
import { updateWelcomePackage } from './membership-repository'
import type { CertificateRecord } from './records'
import { webCryptoSha256 } from '@/shared/sha256'
import { writeTransaction } from './write-transaction'

export interface IssuedCertificates {
  /** One per requested period, in the order asked for (duplicates once). */
  certificates: Certificate[]
  /** Ids of the certificates issued now; the others were reprints. */
  newlyIssued: string[]
}

/** Why nothing was issued: a Swedish headline and one line per period that stopped it. */
export interface CertificateIssueRefusal {
  message: string
  problems: string[]
}

export type IssueResult = WriteResult<IssuedCertificates, CertificateIssueRefusal>

/** The register changed between planning and writing (another window issued or edited): plan again. */
class RegisterChanged extends Error {}
/** A period cannot be ticked; aborts the transaction so nothing is written. */
class Refused extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '))
  }
}

const ATTEMPTS = 3

function refusal(problems: string[]): { ok: false; errors: CertificateIssueRefusal } {
  const message =
    problems.length === 1
      ? 'Inga intyg utfärdades. Rätta det som står nedan och försök igen.'
      : `Inga intyg utfärdades: ${problems.length} saker behöver rättas först. Rätta dem, eller välj bort de perioderna, och försök igen.`
  return failed({ message, problems })
}

async function stillAsPlanned(db: KugghjulDatabase, plan: IssuePlan, fresh: NewCertificate): Promise<boolean> {
  if (await db.certificates.where('periodId').equals(fresh.periodId).count()) return false
  const period = await db.membershipPeriods.get(fresh.periodId)
  const member = period ? await db.members.get(period.memberId) : undefined
  if (!period || !member) return false
  return (
    canonicalCertificateText(contentFor(fresh.content.number, member, period, plan.profile)) ===
    canonicalCertificateText(fresh.content)
  )
}

async function writeCertificate(db: KugghjulDatabase, record: CertificateRecord, today: string): Promise<void> {
  await db.certificates.add(record)
  const period = await db.membershipPeriods.get(record.periodId)
  if (period && period.welcomePackage.certificateIssuedOn === null) {
    const ticked = await updateWelcomePackage(db, record.periodId, { certificateIssuedOn: today }, today)
    if (!ticked.ok) throw new Refused(Object.values(ticked.errors).map((e) => `${record.content.memberName}: ${e}`))
  }
  const c = record.content
  await recordAudit(db, {
    entityType: 'certificate',
    entityId: record.id,
    action: 'issue',
    summary: `Intyg ${record.number} (kontrollkod ${record.code}) utfärdades för ${c.memberName} (${c.orgNumber}), period ${record.periodNumber} ${c.periodStartDate} – ${c.periodEndDate}.`
  })
}

async function attempt(
  db: KugghjulDatabase,
  periodIds: readonly string[],
  today: string,
  sha256: Sha256
): Promise<IssueResult> {
  const planned = await db.transaction('r', [db.settings, db.members, db.membershipPeriods, db.certificates], () =>
    planIssue(db, periodIds, today)
  )
  if (!planned.ok) return refusal(planned.problems)
  const { plan } = planned
  // Web Crypto is not IndexedDB: awaiting it inside a transaction would let the transaction commit early.
  const codes = await Promise.all(
    plan.items.map((item) => ('fresh' in item ? deriveVerificationCode(item.fresh.content, sha256) : undefined))
  )
  const now = nowIso()
  return writeTransaction(db, [db.certificates, db.members, db.membershipPeriods, db.auditLog], async () => {
    if ((await highestSerial(db, plan.letter, plan.year)) !== plan.highestSerial) throw new RegisterChanged()
    const certificates: Certificate[] = []
    const newlyIssued: string[] = []
    for (const [index, item] of plan.items.entries()) {
      if ('existing' in item) {
        certificates.push(withoutTimestamps(item.existing))
        continue
      }
      if (!(await stillAsPlanned(db, plan, item.fresh))) throw new RegisterChanged()
      const record = certificateRecord(item.fresh, codes[index]!, plan.profile, { id: newId(), now, today })
      await writeCertificate(db, record, today)
      certificates.push(withoutTimestamps(record))
      newlyIssued.push(record.id)
    }
    return { ok: true, value: { certificates, newlyIssued } }
  })
}

/**
 * Issues certificates for the given periods, all in one transaction: a
 * period that already has one gets it back unchanged (a reprint: same number
 * and code); the others get the next serial of the county letter and year,
 * their welcome package's certificate date (if not set) and an audit entry.
 * If any period cannot have a certificate (archived member, ended period),
 * nothing is written and the refusal says why for each.
 */
export async function issueCertificates(
  db: KugghjulDatabase,
  periodIds: readonly string[],
  today: string,
  sha256: Sha256 = webCryptoSha256
): Promise<IssueResult> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt(db, periodIds, today, sha256)
    } catch (error) {
      if (error instanceof Refused) return refusal(error.problems)
      if (!(error instanceof RegisterChanged) || tries >= ATTEMPTS) throw error
    }
  }
}

/** Every active period without a certificate (see periodsAwaitingCertificate), as period ids in print order. */
export async function periodIdsAwaitingCertificate(db: KugghjulDatabase, today: string): Promise<string[]> {
  return db.transaction('r', [db.members, db.membershipPeriods, db.certificates], async () => {
    const [members, periods, certified] = await Promise.all([
      db.members.toArray(),
      db.membershipPeriods.toArray(),
      db.certificates.orderBy('periodId').keys()
    ])
    return periodsAwaitingCertificate(members, periods, new Set(certified as string[]), today).map((p) => p.id)
  })
}
