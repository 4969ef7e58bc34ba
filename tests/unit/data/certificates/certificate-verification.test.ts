import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { issueCertificates } from '@/data/certificate-issue'
import { verifyCertificate } from '@/data/certificate-repository'
import { endMembership } from '@/data/membership-repository'
import type { Certificate } from '@/domain/certificates/certificate'
import { freshDatabase, today } from '../fresh-database'
import { registerWithThreeMembers } from './certificate-register'

async function issuedOne() {
  const db = freshDatabase()
  const periods = await registerWithThreeMembers(db)
  const result = await issueCertificates(db, [periods[0]!.id], today)
  if (!result.ok) throw new Error(result.errors.message)
  return { db, periods, certificate: result.value.certificates[0]! as Certificate }
}

describe('Kontrollera intyg against the register', () => {
  it('finds a certificate by its number or its code however typed, and calls it genuine and active', async () => {
    const { db, certificate } = await issuedOne()
    const typings = [
      'h-2026-1',
      'H 2026 001',
      certificate.code.toLowerCase(),
      certificate.code.replace(/-/g, ' '),
      `${certificate.number} ${certificate.code}`
    ]
    for (const typed of typings) {
      const result = await verifyCertificate(db, typed, today)
      if (!result.ok || result.verification.outcome !== 'found') throw new Error(`${typed}: not found`)
      expect(result.verification, typed).toMatchObject({
        genuine: true,
        periodActive: true,
        certificate: { number: 'H-2026-001' }
      })
    }
  })

  it('says when nothing matches, and when the typed text is neither a number nor a code', async () => {
    const { db } = await issuedOne()
    const missing = await verifyCertificate(db, 'H-2026-002', today)
    expect(missing.ok && missing.verification).toMatchObject({
      outcome: 'notFound',
      message: expect.stringMatching(/^Inget intyg med numret H-2026-002 finns i registret/)
    })
    const nonsense = await verifyCertificate(db, 'intyg', today)
    expect(nonsense).toMatchObject({
      ok: false,
      message: expect.stringMatching(/är varken ett intygsnummer eller en kontrollkod/)
    })
  })

  it('catches a stored certificate whose content was changed behind the code', async () => {
    const { db, certificate } = await issuedOne()
    const row = await db.certificates.get(certificate.id)
    await db.certificates.put({ ...row!, content: { ...row!.content, periodEndDate: '2031-01-14' } })
    const result = await verifyCertificate(db, certificate.number, today)
    expect(result.ok && result.verification).toMatchObject({ outcome: 'found', genuine: false })
  })

  it("still vouches for an ended membership's certificate but says the period is no longer active", async () => {
    const { db, periods, certificate } = await issuedOne()
    await endMembership(db, periods[0]!.memberId, { endedOn: today, reason: 'Valde att avsluta' }, today)
    const result = await verifyCertificate(db, certificate.code, today)
    expect(result.ok && result.verification).toMatchObject({
      genuine: true,
      periodActive: false,
      periodStatus: 'ended'
    })
  })
})
