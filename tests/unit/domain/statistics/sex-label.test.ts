import { describe, expect, it } from 'vitest'
import { recognizeSex } from '@/domain/statistics/sex-label'

describe('recognizeSex', () => {
  it('reads Swedish and English labels in any case', () => {
    expect(['kvinnor', 'Kvinnor', 'women', 'Female'].map(recognizeSex)).toEqual(['women', 'women', 'women', 'women'])
    expect(['män', 'MÄN', 'men', 'male'].map(recognizeSex)).toEqual(['men', 'men', 'men', 'men'])
    expect(['totalt', 'Totalt', 'total', 'båda könen', 'Both sexes'].map(recognizeSex)).toEqual([
      'total',
      'total',
      'total',
      'total',
      'total'
    ])
  })

  it("reads SCB's codes 1, 2 and 1+2", () => {
    expect(['1', '2', '1+2', ' 1 + 2 '].map(recognizeSex)).toEqual(['men', 'women', 'total', 'total'])
  })

  it('does not take other labels for sexes', () => {
    expect(['totalt 16-74 år', 'kvinnor 2023', '3', '', 'Kalmar'].map(recognizeSex)).toEqual([
      null,
      null,
      null,
      null,
      null
    ])
  })
})
