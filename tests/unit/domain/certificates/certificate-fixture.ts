import { createHash } from 'node:crypto'
import type { Certificate } from '@/domain/certificates/certificate'
import type { CertificateContent } from '@/domain/certificates/certificate-content'
import type { Sha256 } from '@/domain/certificates/verification-code'
import type { MembershipPeriod } from '@/domain/members/membership-period'

/** Node's own SHA-256, so the tests also prove Web Crypto and Node agree. */
export const nodeSha256: Sha256 = async (bytes) => new Uint8Array(createHash('sha256').update(bytes).digest())

export const content: CertificateContent = {
  number: 'H-2026-014',
  orgNumber: '202100-2304',
  memberName: 'Länsstyrelsen i Kalmar län',
  periodStartDate: '2026-03-15',
  periodEndDate: '2029-03-14',
  decisionDate: '2026-03-15',
  countyCode: '08',
  strategyName: 'Ett jämställt Kalmar län',
  strategyStartYear: 2023,
  strategyEndYear: 2027
}

export function period(overrides: Partial<MembershipPeriod> = {}): MembershipPeriod {
  return {
    id: 'p1',
    memberId: 'm1',
    number: 1,
    decisionDate: '2026-03-15',
    decisionReference: 'LS 2026/1',
    decidedBy: 'Landshövdingen',
    startDate: '2026-03-15',
    endDate: '2029-03-14',
    welcomePackage: {
      certificateIssuedOn: '2026-03-20',
      logoSentOn: '2026-03-20',
      leadershipBriefingOfferedOn: '2026-03-20',
      leadershipBriefingHeldOn: null
    },
    ending: null,
    ...overrides
  }
}

export function certificate(code: string, overrides: Partial<Certificate> = {}): Certificate {
  return {
    id: 'c1',
    number: content.number,
    code,
    memberId: 'm1',
    periodId: 'p1',
    periodNumber: 1,
    issuedAt: '2026-03-20T09:00:00.000Z',
    issuedOn: '2026-03-20',
    content,
    signatory: { name: 'Helene Öberg', title: 'Landshövding' },
    ...overrides
  }
}
