import { describe, expect, it } from 'vitest'
import { joinMeasureParts, measureFromTitle } from '@/domain/statistics/measure-name'

describe('measure names', () => {
  it('takes the measure from a PxWeb title', () => {
    expect(measureFromTitle('Invånare per kvadratkilometer efter region och år')).toBe('Invånare per kvadratkilometer')
    expect(measureFromTitle('Population by region, sex and year')).toBe('Population')
    expect(measureFromTitle('Kolada nyckeltal')).toBe('Kolada nyckeltal')
  })

  it('joins the labels of the other dimensions', () => {
    expect(joinMeasureParts(['Folkmängd', ' ogifta ', '', '45-54 år'])).toBe('Folkmängd, ogifta, 45-54 år')
  })
})
