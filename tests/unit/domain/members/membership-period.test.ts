import { describe, expect, it } from 'vitest'
import { addYears, daysBetween, isIsoDate } from '@/domain/iso-date'
import {
  latestPeriod,
  nextPeriodStartDate,
  periodEndDate,
  proposedEndingDate,
  validateDecision,
  validateEnding
} from '@/domain/members/membership-period'
import { decision, firstPeriod, renewal } from './period-fixtures'

describe('period arithmetic', () => {
  it('runs three years: from the decision date to the day before the same date three years later', () => {
    const p = firstPeriod('2024-03-15')
    expect([p.number, p.startDate, p.endDate]).toEqual([1, '2024-03-15', '2027-03-14'])
    expect(periodEndDate('2026-01-01')).toBe('2028-12-31')
    expect(daysBetween(p.startDate, p.endDate) + 1).toBe(365 * 3) // both days included; no 29 February inside
    expect(daysBetween('2026-01-01', '2028-12-31') + 1).toBe(365 * 3 + 1) // 2028-02-29 inside
  })

  it('ends a period decided on 29 February on 28 February', () => {
    const p = firstPeriod('2024-02-29')
    expect(p.endDate).toBe('2027-02-28')
    expect(addYears('2024-02-29', 3)).toBe('2027-03-01')
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29')
  })

  it('ends on 29 February when the day before the anniversary is a leap day', () => {
    expect(periodEndDate('2025-03-01')).toBe('2028-02-29')
    expect(periodEndDate('2024-02-28')).toBe('2027-02-27')
    expect(periodEndDate('2023-03-01')).toBe('2026-02-28')
  })

  it('counts calendar days across daylight-saving changes', () => {
    // Arithmetic is on UTC day numbers; a date across the October DST change stays put.
    expect(periodEndDate('2025-10-26')).toBe('2028-10-25')
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
  })

  it('knows real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-2-1')).toBe(false)
    expect(isIsoDate('23/11/2026')).toBe(false)
  })
})

describe('renewal', () => {
  const p1 = firstPeriod('2024-03-15') // ends 2027-03-14

  it('decided before the old period ends: starts the day after it ends, no gap', () => {
    const p2 = renewal(p1, '2027-01-10')
    expect([p2.number, p2.startDate, p2.endDate, p2.decisionDate]).toEqual([
      2,
      '2027-03-15',
      '2030-03-14',
      '2027-01-10'
    ])
  })

  it('decided on the last day of the old period: still follows on directly', () => {
    expect(nextPeriodStartDate(p1, '2027-03-14')).toBe('2027-03-15')
  })

  it('decided after the old period ended: starts on the decision date, leaving the gap visible', () => {
    const p2 = renewal(p1, '2027-05-02')
    expect([p2.startDate, p2.endDate]).toEqual(['2027-05-02', '2030-05-01'])
  })

  it('numbers periods 1, 2, 3 and finds the latest', () => {
    const p2 = renewal(p1, '2027-01-10')
    const p3 = renewal(p2, '2030-01-10')
    expect([p1, p2, p3].map((p) => p.number)).toEqual([1, 2, 3])
    expect(p3.startDate).toBe('2030-03-15')
    expect(latestPeriod([p3, p1, p2])).toBe(p3)
    expect(latestPeriod([])).toBeUndefined()
  })

  it('after an ending, a new decision starts a new period on its date (joining again)', () => {
    const ended = { ...p1, ending: { endedOn: '2025-06-30', reason: 'Omorganisation' } }
    expect(nextPeriodStartDate(ended, '2026-01-15')).toBe('2026-01-15')
    const refused = validateDecision(decision('2025-06-01'), '2026-02-01', ended)
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.errors.decisionDate).toMatch(/avslutades 2025-06-30/)
  })
})

describe('decision and ending checks', () => {
  it('trims and accepts a decision made today or earlier', () => {
    expect(validateDecision(decision(' 2026-11-23 ', ' KS 2026/101 '), '2026-11-23')).toEqual({
      ok: true,
      decision: {
        decisionDate: '2026-11-23',
        decisionReference: 'KS 2026/101',
        decidedBy: 'Kommunstyrelsen',
        countyCaseNumber: ''
      }
    })
  })

  it('keeps the länsstyrelse’s own diarienummer beside the member’s, checked as a report’s diarienummer is', () => {
    const typed = { ...decision('2026-11-23', 'KS 2026/101'), countyCaseNumber: ' 801-1234-2026 ' }
    const accepted = validateDecision(typed, '2026-11-23')
    expect(accepted.ok && accepted.decision.countyCaseNumber).toBe('801-1234-2026')
    const tooLong = validateDecision({ ...typed, countyCaseNumber: '8'.repeat(61) }, '2026-11-23')
    if (tooLong.ok) throw new Error('expected refusal')
    expect(tooLong.errors.countyCaseNumber).toBe(
      'Diarienumret får vara högst 60 tecken. Kontrollera att du har klistrat in rätt text.'
    )
    const twoLines = validateDecision({ ...typed, countyCaseNumber: '801-1\n2026' }, '2026-11-23')
    expect(!twoLines.ok && twoLines.errors.countyCaseNumber).toBe(
      'Diarienumret ska stå på en rad. Ta bort radbrytningen.'
    )
  })

  it('refuses an unreadable or future decision date with a Swedish message', () => {
    const bad = validateDecision(decision('23/11/2026'), '2026-11-23')
    if (bad.ok) throw new Error('expected refusal')
    expect(bad.errors.decisionDate).toBe('Ange beslutsdatum som ÅÅÅÅ-MM-DD, t.ex. 2026-11-23.')
    const future = validateDecision(decision('2026-12-01'), '2026-11-23')
    if (future.ok) throw new Error('expected refusal')
    expect(future.errors.decisionDate).toMatch(/ligger efter dagens datum 2026-11-23/)
  })

  it('refuses a renewal decided before the decision it renews', () => {
    const result = validateDecision(decision('2024-01-01'), '2026-11-23', firstPeriod('2024-03-15'))
    if (result.ok) throw new Error('expected refusal')
    expect(result.errors.decisionDate).toMatch(/efter beslutet för period 1 \(2024-03-15\)/)
  })

  it('requires a reason and a date not before the period started to end a membership', () => {
    const p1 = firstPeriod('2024-03-15')
    const result = validateEnding(p1, { endedOn: '2024-01-01', reason: ' ' }, '2026-11-23')
    if (result.ok) throw new Error('expected refusal')
    expect(result.errors.endedOn).toMatch(/före periodens start 2024-03-15/)
    expect(result.errors.reason).toMatch(/Ange varför/)
    expect(validateEnding(p1, { endedOn: '2026-06-30', reason: 'Valde att inte förnya' }, '2026-11-23').ok).toBe(true)
    expect(validateEnding(p1, { endedOn: p1.endDate, reason: 'Valde att inte förnya' }, '2026-11-23').ok).toBe(true)
    const twice = validateEnding(
      { ...p1, ending: { endedOn: '2026-06-30', reason: 'x' } },
      { endedOn: '2026-07-01', reason: 'y' },
      '2026-11-23'
    )
    expect(twice.ok).toBe(false)
  })
})

describe('an ending falls within its period', () => {
  const p1 = firstPeriod('2024-03-15') // 2024-03-15 – 2027-03-14
  const reason = 'Valde att inte förnya'

  it('accepts the first and the last day of the period', () => {
    expect(validateEnding(p1, { endedOn: '2024-03-15', reason }, '2026-11-23').ok).toBe(true)
    expect(validateEnding(p1, { endedOn: '2027-03-14', reason }, '2026-11-23').ok).toBe(true)
  })

  it('refuses the day after the period ended and any later day, saying what to do', () => {
    for (const endedOn of ['2027-03-15', '2030-06-30']) {
      const result = validateEnding(p1, { endedOn, reason }, '2026-11-23')
      if (result.ok) throw new Error(`expected ${endedOn} to be refused`)
      expect(result.errors.endedOn).toBe(
        'Perioden slutar 2027-03-14. Ange ett datum senast den dagen, eller registrera en förnyelse om anslutningen fortsätter.'
      )
    }
  })
})

describe('the ending date a form proposes', () => {
  const p1 = firstPeriod('2024-03-15') // ends 2027-03-14
  it('is today while the period runs, its end date once it has run out', () => {
    expect(proposedEndingDate(p1, '2026-11-23')).toBe('2026-11-23')
    expect(proposedEndingDate(p1, '2027-03-14')).toBe('2027-03-14')
    expect(proposedEndingDate(p1, '2028-01-01')).toBe('2027-03-14')
  })
})
