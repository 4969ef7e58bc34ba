import { describe, expect, it } from 'vitest'
import {
  isPeriodLabel,
  parsePeriod,
  periodFromCell,
  sortPeriods,
  splitTrailingPeriod,
  yearFromTitle
} from '@/domain/statistics/period-label'

describe('period labels', () => {
  it('recognises years and SCB periods, as text or numbers', () => {
    expect(['2023', '1998', '2023M01', '2023K4', '2022/23'].every(isPeriodLabel)).toBe(true)
    expect(['0880', '23', '2023-01-01', 'år 2023', '3000'].some(isPeriodLabel)).toBe(false)
    expect(periodFromCell(2017)).toBe('2017')
    expect(periodFromCell(2017.5)).toBeNull()
    expect(periodFromCell(' 2017 ')).toBe('2017')
  })

  it('takes the last year from a title, skipping dates', () => {
    expect(
      yearFromTitle('Folkmängd 31 december och befolkningsförändringar 1 januari - 31 december 2023. Totalt')
    ).toBe('2023')
    expect(yearFromTitle('Indelning 2024-01-01, uppgifter för 2022')).toBe('2022')
    expect(yearFromTitle('Invånare per kvadratkilometer efter region och år')).toBeNull()
  })

  it('splits a label from a trailing year', () => {
    expect(splitTrailingPeriod('Folkmängd 2023')).toEqual({ label: 'Folkmängd', period: '2023' })
    expect(splitTrailingPeriod('kvinnor 2020M03')).toEqual({ label: 'kvinnor', period: '2020M03' })
    expect(splitTrailingPeriod('Folkmängd')).toBeNull()
  })

  it('knows months, quarters, half-years and split years, and sorts them in time order', () => {
    expect(parsePeriod('2025M11')).toMatchObject({ kind: 'month', year: 2025, part: 11 })
    expect(parsePeriod('2025-03')).toMatchObject({ kind: 'month', part: 3 })
    expect(parsePeriod('2025K1')).toMatchObject({ kind: 'quarter', part: 1 })
    expect(parsePeriod('2025-Q4')).toMatchObject({ kind: 'quarter', part: 4 })
    expect(parsePeriod('2025H2')).toMatchObject({ kind: 'half-year', part: 2 })
    expect(parsePeriod('2019/20')).toMatchObject({ kind: 'split-year', year: 2019 })
    expect(parsePeriod('2019/2020')).toMatchObject({ kind: 'split-year' })
    expect(parsePeriod('2019/21')).toBeNull()
    expect(parsePeriod('2025M13')).toBeNull()
    expect(sortPeriods(['2025M10', '2024M12', '2025M2', '2025M1'])).toEqual(['2024M12', '2025M1', '2025M2', '2025M10'])
    expect(sortPeriods(['2025K1', '2024K4', '2024K3'])).toEqual(['2024K3', '2024K4', '2025K1'])
    expect(sortPeriods(['2020/21', '2019/20', '2021/22'])).toEqual(['2019/20', '2020/21', '2021/22'])
  })
})
