import { describe, expect, it } from 'vitest'
import { certificateIssueProblem, periodsAwaitingCertificate } from '@/domain/certificates/certificate-eligibility'
import { period } from './certificate-fixture'

/** A small register: renewed, ended, archived, already certified and waiting members. */
function certificatesAwaiting(): string[] {
  const members = [
    { id: 'a', name: 'Ängelholm', archivedAt: null },
    { id: 'b', name: 'Borgholm', archivedAt: null },
    { id: 'c', name: 'Cederberg AB', archivedAt: null },
    { id: 'd', name: 'Dalby förening', archivedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'e', name: 'Emmaboda', archivedAt: null }
  ]
  const periods = [
    period({ id: 'p-a1', memberId: 'a', number: 1, startDate: '2023-03-15', endDate: '2026-03-14' }),
    period({ id: 'p-a2', memberId: 'a', number: 2, startDate: '2026-03-15', endDate: '2029-03-14' }),
    period({ id: 'p-b1', memberId: 'b', number: 1 }),
    period({ id: 'p-c1', memberId: 'c', number: 1, ending: { endedOn: '2026-06-30', reason: 'Lade ned' } }),
    period({ id: 'p-d1', memberId: 'd', number: 1 }),
    period({ id: 'p-e1', memberId: 'e', number: 1 })
  ]
  const name = new Map(members.map((m) => [m.id, m.name]))
  return periodsAwaitingCertificate(members, periods, new Set(['p-e1']), '2026-11-23').map((p) => `${name.get(p.memberId)}: ${p.id}`)
}

describe('which periods can have a new certificate', () => {
  it('the batch takes the latest period of each member in the register that is not ended and has none, by name', () => {
    expect(certificatesAwaiting()).toEqual(['Borgholm: p-b1', 'Ängelholm: p-a2'])
  })

  it('refuses archived members and ended periods with a Swedish reason', () => {
    const p = period({ ending: { endedOn: '2026-06-30', reason: 'Lade ned' } })
    expect(certificateIssueProblem({ id: 'm1', name: 'Borgholm', archivedAt: null }, p, [p], '2026-11-23')).toBe(
      'Anslutningen för Borgholm avslutades 2026-06-30. Ett nytt intyg utfärdas bara för en pågående eller kommande period.'
    )
    expect(certificateIssueProblem({ id: 'm1', name: 'Borgholm', archivedAt: '2026-01-01T00:00:00.000Z' }, period(), [period()], '2026-11-23')).toMatch(
      /Borgholm är arkiverad/
    )
    expect(certificateIssueProblem({ id: 'm1', name: 'Borgholm', archivedAt: null }, p, [p], '2026-06-29')).toBeUndefined()
  })
})
