import { describe, expect, it } from 'vitest'
import { summarizeStatistics } from '@/domain/statistics/statistics-summary'
import type { ParsedStatistics } from '@/domain/statistics/statistics-table'

describe('summarizeStatistics', () => {
  it('lists measures and regions in file order, years sorted, sexes in fixed order, and counts', () => {
    const kalmar = { code: '0880', name: 'Kalmar' }
    const riket = { code: '00', name: 'Riket' }
    const parsed: ParsedStatistics = {
      format: 'csv',
      title: 'T',
      source: '',
      notes: [],
      warnings: ['w'],
      observations: [
        { measure: 'B', region: kalmar, year: '2023', sex: 'total', value: 1 },
        { measure: 'A', region: riket, year: '2021', sex: 'men', value: null, missingSymbol: '..' },
        { measure: 'B', region: kalmar, year: '2022', sex: 'women', value: 3 }
      ]
    }
    expect(summarizeStatistics(parsed)).toEqual({
      format: 'csv',
      title: 'T',
      measures: ['B', 'A'],
      regions: [kalmar, riket],
      years: ['2021', '2022', '2023'],
      sexes: ['women', 'men', 'total'],
      values: 2,
      missing: 1,
      warnings: ['w']
    })
  })
})
