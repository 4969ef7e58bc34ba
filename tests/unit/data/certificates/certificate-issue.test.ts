import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import { issueCertificates, periodIdsAwaitingCertificate } from '@/data/certificate-issue'
import { certificateForPeriod } from '@/data/certificate-repository'
import { saveCountyProfile } from '@/data/county-profile-repository'
import { archiveMember } from '@/data/member-repository'
import { endMembership } from '@/data/membership-repository'
import { deriveVerificationCode } from '@/domain/certificates/verification-code'
import { webCryptoSha256 } from '@/shared/sha256'
import { freshDatabase, today } from '../fresh-database'
import { kalmar, registerWithThreeMembers } from './certificate-register'

describe('issuing certificates', () => {
  it('issues one: next serial of the county letter and year, a code from its content, the welcome package ticked, an audit entry', async () => {
    const db = freshDatabase()
    const [kalmarKommun] = await registerWithThreeMembers(db)
    const result = await issueCertificates(db, [kalmarKommun!.id], today)
    if (!result.ok) throw new Error(result.errors.message)
    const [certificate] = result.value.certificates
    expect(certificate).toMatchObject({
      number: 'H-2026-001',
      memberId: kalmarKommun!.memberId,
      periodId: kalmarKommun!.id,
      periodNumber: 1,
      issuedOn: today,
      signatory: { name: 'Helene Öberg', title: 'Landshövding' },
      content: {
        memberName: 'Kalmar kommun',
        orgNumber: '212000-0746',
        periodStartDate: '2026-01-15',
        periodEndDate: '2029-01-14',
        decisionDate: '2026-01-15',
        countyCode: '08'
      }
    })
    expect(certificate!.code).toBe(await deriveVerificationCode(certificate!.content, webCryptoSha256))
    expect(result.value.newlyIssued).toEqual([certificate!.id])
    expect((await db.membershipPeriods.get(kalmarKommun!.id))?.welcomePackage.certificateIssuedOn).toBe(today)
    const audit = await auditEntriesFor(db, 'certificate', certificate!.id)
    expect(audit.map((a) => [a.action, a.summary])).toEqual([
      [
        'issue',
        `Intyg H-2026-001 (kontrollkod ${certificate!.code}) utfärdades för Kalmar kommun (212000-0746), period 1 2026-01-15 – 2029-01-14.`
      ]
    ])
    expect((await auditEntriesFor(db, 'member', kalmarKommun!.memberId))[0]?.summary).toMatch(
      /intyg utfärdat 2026-11-23/
    )
  })

  it('issues a batch in order with consecutive serials, and a reprint gives the same number and code', async () => {
    const db = freshDatabase()
    const periods = await registerWithThreeMembers(db)
    const first = await issueCertificates(db, [periods[1]!.id], today)
    if (!first.ok) throw new Error(first.errors.message)
    const batch = await issueCertificates(
      db,
      periods.map((p) => p.id),
      today
    )
    if (!batch.ok) throw new Error(batch.errors.message)
    expect(batch.value.certificates.map((c) => c.number)).toEqual(['H-2026-002', 'H-2026-001', 'H-2026-003'])
    expect(batch.value.certificates[1]).toEqual(first.value.certificates[0])
    expect(batch.value.newlyIssued).toHaveLength(2)

    const reprint = await issueCertificates(db, [periods[2]!.id, periods[2]!.id], today)
    if (!reprint.ok) throw new Error(reprint.errors.message)
    expect(reprint.value.certificates).toEqual([batch.value.certificates[2]])
    expect(reprint.value.newlyIssued).toEqual([])
    expect(await db.certificates.count()).toBe(3)
    expect(await db.auditLog.where('entityType').equals('certificate').count()).toBe(3)
  })

  it('numbers per year: a new year starts again at 001', async () => {
    const db = freshDatabase()
    const periods = await registerWithThreeMembers(db)
    await issueCertificates(db, [periods[0]!.id], today)
    const next = await issueCertificates(db, [periods[1]!.id], '2027-01-04')
    expect(next.ok && next.value.certificates[0]!.number).toBe('H-2027-001')
  })

  it('writes nothing when one period of the batch cannot have a certificate, and says why', async () => {
    const db = freshDatabase()
    const periods = await registerWithThreeMembers(db)
    await endMembership(db, periods[2]!.memberId, { endedOn: '2026-10-31', reason: 'Valde att avsluta' }, today)
    await archiveMember(db, periods[1]!.memberId)
    const result = await issueCertificates(
      db,
      periods.map((p) => p.id),
      today
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.message).toMatch(/^Inga intyg utfärdades: 2 saker behöver rättas först/)
    expect(result.errors.problems).toEqual([
      'Länsstyrelsen i Kalmar län är borttagen ur registret. Återställ verksamheten om den ska ha ett intyg.',
      'Anslutningen för Borgholms kommun avslutades 2026-10-31. Ett nytt intyg utfärdas bara för en pågående eller kommande period.'
    ])
    expect(await db.certificates.count()).toBe(0)
    expect((await db.membershipPeriods.get(periods[0]!.id))?.welcomePackage.certificateIssuedOn).toBeNull()
  })

  it('rolls everything back when a write fails half-way', async () => {
    const db = freshDatabase()
    const periods = await registerWithThreeMembers(db)
    // A welcome package date that cannot be valid makes the second period's tick fail inside the transaction.
    const broken = await db.membershipPeriods.get(periods[1]!.id)
    await db.membershipPeriods.put({
      ...broken!,
      welcomePackage: { ...broken!.welcomePackage, logoSentOn: '2099-01-01' }
    })
    const result = await issueCertificates(
      db,
      periods.map((p) => p.id),
      today
    )
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors.problems[0]).toMatch(
        /^Länsstyrelsen i Kalmar län: Datumet då logotypen skickades ligger efter dagens datum/
      )
    expect(await db.certificates.count()).toBe(0)
    expect(await db.auditLog.where('entityType').equals('certificate').count()).toBe(0)
    expect((await db.membershipPeriods.get(periods[0]!.id))?.welcomePackage.certificateIssuedOn).toBeNull()
  })

  it('keeps a certificate date the coordinator already ticked by hand', async () => {
    const db = freshDatabase()
    const [period] = await registerWithThreeMembers(db)
    const row = await db.membershipPeriods.get(period!.id)
    await db.membershipPeriods.put({
      ...row!,
      welcomePackage: { ...row!.welcomePackage, certificateIssuedOn: '2026-02-01' }
    })
    await issueCertificates(db, [period!.id], today)
    expect((await db.membershipPeriods.get(period!.id))?.welcomePackage.certificateIssuedOn).toBe('2026-02-01')
  })

  it('asks for the county profile first', async () => {
    const db = freshDatabase()
    const periods = await registerWithThreeMembers(db)
    await saveCountyProfile(db, { ...kalmar, countyCode: '' })
    const result = await issueCertificates(db, [periods[0]!.id], today)
    expect(!result.ok && result.errors.problems).toEqual([
      'Länsprofilen saknar län eller strategi. Fyll i den under Inställningar och utfärda sedan intygen.'
    ])
  })

  it('finds every active period without a certificate for the batch', async () => {
    const db = freshDatabase()
    const periods = await registerWithThreeMembers(db)
    await issueCertificates(db, [periods[0]!.id], today)
    await endMembership(db, periods[2]!.memberId, { endedOn: '2026-10-31', reason: 'Valde att avsluta' }, today)
    expect(await periodIdsAwaitingCertificate(db, today)).toEqual([periods[1]!.id])
    expect(await certificateForPeriod(db, periods[0]!.id)).toBeDefined()
  })
})
