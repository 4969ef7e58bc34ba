import { describe, expect, it } from 'vitest'
import { countWith, formatProseDate, nouns, yearsInWords } from '@/domain/swedish-format'

describe('formatProseDate (dates in running text)', () => {
  it('writes every month out in Swedish, lower case, for the 1st and the last day', () => {
    const cases: [string, string, string, string][] = [
      ['2026-01-01', '1 januari 2026', '2026-01-31', '31 januari 2026'],
      ['2026-02-01', '1 februari 2026', '2026-02-28', '28 februari 2026'],
      ['2026-03-01', '1 mars 2026', '2026-03-31', '31 mars 2026'],
      ['2026-04-01', '1 april 2026', '2026-04-30', '30 april 2026'],
      ['2026-05-01', '1 maj 2026', '2026-05-31', '31 maj 2026'],
      ['2026-06-01', '1 juni 2026', '2026-06-30', '30 juni 2026'],
      ['2026-07-01', '1 juli 2026', '2026-07-31', '31 juli 2026'],
      ['2026-08-01', '1 augusti 2026', '2026-08-31', '31 augusti 2026'],
      ['2026-09-01', '1 september 2026', '2026-09-30', '30 september 2026'],
      ['2026-10-01', '1 oktober 2026', '2026-10-31', '31 oktober 2026'],
      ['2026-11-01', '1 november 2026', '2026-11-30', '30 november 2026'],
      ['2026-12-01', '1 december 2026', '2026-12-31', '31 december 2026']
    ]
    for (const [first, firstText, last, lastText] of cases) {
      expect(formatProseDate(first)).toBe(firstText)
      expect(formatProseDate(last)).toBe(lastText)
    }
  })

  it('has no leading zero on the day, as in "genom ledningsbeslut den 15 mars 2026" and "Kalmar den 5 december 2026"', () => {
    expect(`genom ledningsbeslut den ${formatProseDate('2026-03-15')}`).toBe('genom ledningsbeslut den 15 mars 2026')
    expect(`Kalmar den ${formatProseDate('2026-12-05')}`).toBe('Kalmar den 5 december 2026')
  })

  it('knows leap days and leaves what is not a date as it is', () => {
    expect(formatProseDate('2028-02-29')).toBe('29 februari 2028')
    for (const notADate of [
      '2026-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '15 mars 2026',
      '',
      '2026-3-5'
    ])
      expect(formatProseDate(notADate)).toBe(notADate)
  })
})

describe('counts and years in words', () => {
  it('inflects the noun by the count, and groups thousands the Swedish way', () => {
    expect(countWith(1, nouns.activity)).toBe('1 aktivitet')
    expect(countWith(2, nouns.activity)).toBe('2 aktiviteter')
    expect(countWith(0, nouns.member)).toBe('0 verksamheter')
    expect(countWith(1, nouns.certificate)).toBe('1 intyg')
    expect(countWith(1000, nouns.row)).toBe('1\u00a0000 rader')
  })

  it('says "för år 2017" for one year and lists several with "och"', () => {
    expect(yearsInWords([2017])).toBe('år 2017')
    expect(yearsInWords(['2020', '2021'])).toBe('åren 2020 och 2021')
    expect(yearsInWords([2021, 2022, 2023])).toBe('åren 2021, 2022 och 2023')
  })
})
