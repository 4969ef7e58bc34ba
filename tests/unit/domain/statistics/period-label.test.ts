import { describe, expect, it } from 'vitest'
import { isPeriodLabel, periodFromCell, splitTrailingPeriod, yearFromTitle } from '@/domain/statistics/period-label'

describe('period labels', () => {
  it('recognises years and SCB periods, as text or numbers', () => {
    expect(['2023', '1998', '2023M01', '2023K4', '2022/23'].every(isPeriodLabel)).toBe(true)
    expect(['0880', '23', '2023-01-01', 'år 2023', '3000'].some(isPeriodLabel)).toBe(false)
    expect(periodFromCell(2017)).toBe('2017')
    expect(periodFromCell(2017.5)).toBeNull()
    expect(periodFromCell(' 2017 ')).toBe('2017')
  })

  it('takes the last year from a title, skipping dates', () => {
    expect(yearFromTitle('Folkmängd 31 december och befolkningsförändringar 1 januari - 31 december 2023. Totalt')).toBe('2023')
    expect(yearFromTitle('Indelning 2024-01-01, uppgifter för 2022')).toBe('2022')
    expect(yearFromTitle('Invånare per kvadratkilometer efter region och år')).toBeNull()
  })

  it('splits a label from a trailing year', () => {
    expect(splitTrailingPeriod('Folkmängd 2023')).toEqual({ label: 'Folkmängd', period: '2023' })
    expect(splitTrailingPeriod('kvinnor 2020M03')).toEqual({ label: 'kvinnor', period: '2020M03' })
    expect(splitTrailingPeriod('Folkmängd')).toBeNull()
  })
})
