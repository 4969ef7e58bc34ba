import { describe, expect, it } from 'vitest'
import { membershipChange } from '@/domain/members/membership-change'
import { firstPeriod } from './period-fixtures'

const p1 = firstPeriod('2024-03-15') // 2024-03-15 – 2027-03-14

describe('which change the member page offers', () => {
  it('renew or end while no ending is registered, even after the period has run out', () => {
    expect(membershipChange(p1, '2026-11-23')).toBe('renewOrEnd')
    expect(membershipChange(p1, '2028-01-01')).toBe('renewOrEnd')
  })

  it('neither while a registered ending lies ahead: the membership is still running', () => {
    const ending = { endedOn: '2027-03-14', reason: 'Valde att inte förnya' }
    expect(membershipChange({ ...p1, ending }, '2026-11-23')).toBe('endingScheduled')
    expect(membershipChange({ ...p1, ending }, '2027-03-13')).toBe('endingScheduled')
  })

  it('joining again from the day the ending takes effect', () => {
    const ending = { endedOn: '2027-03-14', reason: 'Valde att inte förnya' }
    expect(membershipChange({ ...p1, ending }, '2027-03-14')).toBe('rejoin')
  })

  it('joining for a member without periods', () => {
    expect(membershipChange(undefined, '2026-11-23')).toBe('rejoin')
  })
})
