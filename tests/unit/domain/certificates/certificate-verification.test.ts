import { describe, expect, it } from 'vitest'
import { judgeCertificate, type CertificateVerification } from '@/domain/certificates/certificate-verification'
import { parseVerificationQuery, type VerificationQuery } from '@/domain/certificates/verification-query'
import { certificate, period } from './certificate-fixture'

const CODE = 'WMCH-KGY6-EY'
const member = { name: 'Länsstyrelsen i Kalmar län', orgNumber: '202100-2304', archivedAt: null }

function query(typed: string): VerificationQuery {
  const parsed = parseVerificationQuery(typed)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.query
}

function judge(
  typed: string,
  overrides: { today?: string; recomputed?: string; periods?: ReturnType<typeof period>[]; archived?: boolean } = {}
) {
  const verification: CertificateVerification = judgeCertificate({
    certificate: certificate(CODE),
    recomputedCode: overrides.recomputed ?? CODE,
    query: query(typed),
    member: { ...member, archivedAt: overrides.archived ? '2026-10-01T08:00:00.000Z' : null },
    periods: overrides.periods ?? [period()],
    today: overrides.today ?? '2026-11-23'
  })
  if (verification.outcome !== 'found') throw new Error('expected found')
  return verification
}

describe('Kontrollera intyg: reading what was typed', () => {
  it('reads a number or a code however it was typed', () => {
    expect(query('h 2026 14')).toMatchObject({ numbers: ['H-2026-014'], codes: [], combined: false })
    expect(query('wmch kgy6 ey')).toMatchObject({ numbers: [], codes: [CODE], combined: false })
    expect(query('H-2026-014  wmchkgy6ey')).toMatchObject({ numbers: ['H-2026-014'], codes: [CODE], combined: true })
    expect(query('WMCH-KGY6-EY H-2026-014')).toMatchObject({ numbers: ['H-2026-014'], codes: [CODE], combined: true })
  })

  it('keeps both readings of a text that could be either', () => {
    expect(query('AB20261234')).toMatchObject({ numbers: ['AB-2026-1234'], codes: ['AB20-2612-34'] })
  })

  it('says in Swedish what to type when it is neither', () => {
    const empty = parseVerificationQuery('  ')
    const wrong = parseVerificationQuery('hej hopp')
    expect(empty.ok || wrong.ok).toBe(false)
    if (!empty.ok) expect(empty.message).toMatch(/Skriv intygsnumret/)
    if (!wrong.ok) expect(wrong.message).toMatch(/"hej hopp" är varken ett intygsnummer eller en kontrollkod/)
  })
})

describe('Kontrollera intyg: judging a certificate', () => {
  it('is genuine when the stored content gives the stored code, for the member and period', () => {
    const v = judge('h-2026-014')
    expect(v.genuine).toBe(true)
    expect(v.periodActive).toBe(true)
    expect(v.periodStatus).toBe('active')
    expect(v.message).toBe(
      'Intyget H-2026-014 är äkta. Det gäller Länsstyrelsen i Kalmar län (202100-2304), period 1: 2026-03-15 – 2029-03-14, beslut 2026-03-15.'
    )
    expect(v.details).toContain(`Kontrollkoden på intyget ska vara ${CODE}; jämför med det tryckta intyget.`)
  })

  it('is not genuine when the stored content no longer gives the code', () => {
    const v = judge(CODE, { recomputed: 'AAAA-AAAA-AA' })
    expect(v.genuine).toBe(false)
    expect(v.message).toMatch(/ger inte kontrollkoden/)
  })

  it('is not genuine when a typed number and code belong to different certificates', () => {
    const v = judge('H-2026-014 AAAA-BBBB-CC')
    expect(v.genuine).toBe(false)
    expect(v.message).toMatch(/hör inte ihop/)
  })

  it('says whether the period is still active today', () => {
    expect(judge(CODE, { today: '2029-04-01' })).toMatchObject({
      genuine: true,
      periodActive: false,
      periodStatus: 'evaluationOverdue'
    })
    const ended = judge(CODE, { periods: [period({ ending: { endedOn: '2026-10-31', reason: 'Valde att avsluta' } })] })
    expect(ended).toMatchObject({ genuine: true, periodActive: false, periodStatus: 'ended' })
    expect(ended.details[0]).toBe('Perioden är inte längre aktiv: anslutningen avslutades 2026-10-31.')
    expect(judge(CODE, { archived: true }).periodActive).toBe(false)
    expect(judge(CODE, { today: '2026-03-01' }).details[0]).toBe('Perioden har inte börjat än; den börjar 2026-03-15.')
  })

  it('notes what the register says differently now', () => {
    const v = judge(CODE, { periods: [period({ decisionDate: '2026-03-14' })] })
    expect(v.changedSinceIssue).toEqual(['beslutsdatum'])
    expect(v.genuine).toBe(true)
  })
})
