import type { Certificate } from '@/domain/certificates/certificate'
import {
  certificateNotFound,
  judgeCertificate,
  type CertificateVerification
} from '@/domain/certificates/certificate-verification'
import { deriveVerificationCode, type Sha256 } from '@/domain/certificates/verification-code'
import { parseVerificationQuery, type VerificationQuery } from '@/domain/certificates/verification-query'
import type { KugghjulDatabase } from './database'
import type { CertificateRecord } from './records'
import { webCryptoSha256 } from '@/shared/sha256'

/** The certificate without the row's bookkeeping timestamps. */
export function withoutTimestamps(record: CertificateRecord): Certificate {
  const { createdAt: _created, updatedAt: _updated, ...certificate } = record
  return certificate
}

/** Every issued certificate, newest first. */
export async function loadCertificates(db: KugghjulDatabase): Promise<CertificateRecord[]> {
  return db.certificates.orderBy('issuedAt').reverse().toArray()
}

export async function certificateForPeriod(
  db: KugghjulDatabase,
  periodId: string
): Promise<CertificateRecord | undefined> {
  return db.certificates.where('periodId').equals(periodId).first()
}

/** The certificate the query points at: by number first, then by code. */
async function findCertificate(db: KugghjulDatabase, query: VerificationQuery): Promise<CertificateRecord | undefined> {
  for (const number of query.numbers) {
    const found = await db.certificates.where('number').equals(number).first()
    if (found) return found
  }
  for (const code of query.codes) {
    const found = await db.certificates.where('code').equals(code).first()
    if (found) return found
  }
  return undefined
}

export type VerificationResult = { ok: true; verification: CertificateVerification } | { ok: false; message: string }

/**
 * Kontrollera intyg: finds the certificate by the typed number or code (or
 * both), derives its code again from the stored content and judges it
 * against the register as it is `today`.
 */
export async function verifyCertificate(
  db: KugghjulDatabase,
  typed: string,
  today: string,
  sha256: Sha256 = webCryptoSha256
): Promise<VerificationResult> {
  const parsed = parseVerificationQuery(typed)
  if (!parsed.ok) return parsed
  const { query } = parsed
  const found = await db.transaction('r', [db.certificates, db.members, db.membershipPeriods], async () => {
    const record = await findCertificate(db, query)
    if (!record) return undefined
    const member = await db.members.get(record.memberId)
    const periods = await db.membershipPeriods.where('memberId').equals(record.memberId).toArray()
    return { record, member, periods }
  })
  if (!found) return { ok: true, verification: certificateNotFound(query) }
  const certificate = withoutTimestamps(found.record)
  const recomputedCode = await deriveVerificationCode(certificate.content, sha256)
  return {
    ok: true,
    verification: judgeCertificate({
      certificate,
      recomputedCode,
      query,
      member: found.member,
      periods: found.periods,
      today
    })
  }
}
