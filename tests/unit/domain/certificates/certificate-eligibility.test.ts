import { describe, expect, it } from 'vitest'
import {
  certificateIssueProblem,
  certificateOffer,
  periodsAwaitingCertificate
} from '@/domain/certificates/certificate-eligibility'
import { period } from './certificate-fixture'

/** A small register: renewed, ended, archived, already certified and waiting members. */
function certificatesAwaiting(): string[] {
  const members = [
    { id: 'a', name: 'Ängelholm', archivedAt: null },
    { id: 'b', name: 'Borgholm', archivedAt: null },
    { id: 'c', name: 'Cederberg AB', archivedAt: null },
    { id: 'd', name: 'Dalby förening', archivedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'e', name: 'Emmaboda', archivedAt: null },
    { id: 'f', name: 'Falkhamn', archivedAt: null }
  ]
  const periods = [
    period({ id: 'p-a1', memberId: 'a', number: 1, startDate: '2023-03-15', endDate: '2026-03-14' }),
    period({ id: 'p-a2', memberId: 'a', number: 2, startDate: '2026-03-15', endDate: '2029-03-14' }),
    period({ id: 'p-b1', memberId: 'b', number: 1 }),
    period({ id: 'p-c1', memberId: 'c', number: 1, ending: { endedOn: '2026-06-30', reason: 'Lade ned' } }),
    period({ id: 'p-d1', memberId: 'd', number: 1 }),
    period({ id: 'p-e1', memberId: 'e', number: 1 }),
    period({ id: 'p-f1', memberId: 'f', number: 1, startDate: '2021-03-15', endDate: '2024-03-14' })
  ]
  const name = new Map(members.map((m) => [m.id, m.name]))
  return periodsAwaitingCertificate(members, periods, new Set(['p-e1']), '2026-11-23').map(
    (p) => `${name.get(p.memberId)}: ${p.id}`
  )
}

describe('which periods can have a new certificate', () => {
  it('the batch takes the latest period of each member in the register that is not ended or lapsed and has none, by name', () => {
    expect(certificatesAwaiting()).toEqual(['Borgholm: p-b1', 'Ängelholm: p-a2'])
  })

  it('refuses archived members and ended periods with a Swedish reason', () => {
    const p = period({ ending: { endedOn: '2026-06-30', reason: 'Lade ned' } })
    expect(certificateIssueProblem({ id: 'm1', name: 'Borgholm', archivedAt: null }, p, [p], '2026-11-23')).toBe(
      'Anslutningen för Borgholm avslutades 2026-06-30. Ett nytt intyg utfärdas bara för en pågående eller kommande period.'
    )
    expect(
      certificateIssueProblem(
        { id: 'm1', name: 'Borgholm', archivedAt: '2026-01-01T00:00:00.000Z' },
        period(),
        [period()],
        '2026-11-23'
      )
    ).toMatch(/Borgholm är borttagen ur registret/)
    expect(
      certificateIssueProblem({ id: 'm1', name: 'Borgholm', archivedAt: null }, p, [p], '2026-06-29')
    ).toBeUndefined()
  })
})

describe('no new certificate for a period that has run out', () => {
  const member = { id: 'm1', name: 'Borgholm', archivedAt: null }
  const p1 = period({ startDate: '2021-03-15', endDate: '2024-03-14' })

  it('allows one on the last day of the period and refuses it the day after', () => {
    expect(certificateIssueProblem(member, p1, [p1], '2024-03-14')).toBeUndefined()
    expect(certificateIssueProblem(member, p1, [p1], '2024-03-15')).toBe(
      'Period 1 för Borgholm löpte ut 2024-03-14 utan att förnyas. Registrera förnyelsen eller avslutet; ' +
        'ett nytt intyg utfärdas bara för en pågående eller kommande period.'
    )
  })

  it('refuses a period that ran out years ago, even with an ending recorded after it', () => {
    const late = { ...p1, ending: { endedOn: '2027-06-30', reason: 'Registrerat i efterhand' } }
    expect(certificateIssueProblem(member, late, [late], '2026-11-23')).toMatch(/löpte ut 2024-03-14 utan att förnyas/)
  })

  it('sends a renewed period to its successor', () => {
    const p2 = period({ id: 'p2', number: 2, startDate: '2024-03-15', endDate: '2027-03-14' })
    expect(certificateIssueProblem(member, p1, [p1, p2], '2026-11-23')).toBe(
      'Period 1 för Borgholm löpte ut 2024-03-14 och har förnyats. Utfärda intyget för period 2.'
    )
    expect(certificateIssueProblem(member, p2, [p1, p2], '2026-11-23')).toBeUndefined()
  })
})

describe('what the member page offers for the latest period', () => {
  const member = { id: 'm1', name: 'Borgholm', archivedAt: null }
  const current = period()

  it('offers a new certificate for a current period, a reprint once it has one', () => {
    expect(certificateOffer(member, current, [current], false, '2026-11-23')).toBe('issue')
    expect(certificateOffer(member, current, [current], true, '2026-11-23')).toBe('reprint')
  })

  it('offers one while an ending lies ahead, none once it has taken effect, a reprint always', () => {
    const ending = { endedOn: '2027-06-30', reason: 'Lade ned' }
    const endingAhead = { ...current, ending }
    expect(certificateOffer(member, endingAhead, [endingAhead], false, '2026-11-23')).toBe('issue')
    expect(certificateOffer(member, endingAhead, [endingAhead], false, '2027-06-30')).toBeUndefined()
    expect(certificateOffer(member, endingAhead, [endingAhead], true, '2027-06-30')).toBe('reprint')
  })

  it('offers nothing new for a lapsed period or an archived member', () => {
    expect(certificateOffer(member, current, [current], false, '2029-03-15')).toBeUndefined()
    expect(
      certificateOffer({ ...member, archivedAt: '2026-01-01T00:00:00.000Z' }, current, [current], false, '2026-11-23')
    ).toBeUndefined()
  })
})
