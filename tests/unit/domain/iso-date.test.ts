import { describe, expect, it } from 'vitest'
import { dateInputProblem, normaliseDateInput } from '@/domain/iso-date'

describe('a date as typed into a date field', () => {
  it.each([
    ['2026-03-15', '2026-03-15'],
    ['20260315', '2026-03-15'],
    ['2026-3-5', '2026-03-05'],
    ['2026/3/5', '2026-03-05'],
    [' 2026.12.31 ', '2026-12-31'],
    ['2024-02-29', '2024-02-29']
  ])('%j is %s', (typed, iso) => {
    expect(normaliseDateInput(typed)).toBe(iso)
    expect(dateInputProblem(typed)).toBeUndefined()
  })

  it.each(['2026-02-29', '2026-13-01', '03/15/2026', '15/3/2026', '2026315', '5 mars', '2026-03-15T10:00'])(
    '%j is no date, and the field says how to write one',
    (typed) => {
      expect(normaliseDateInput(typed)).toBeUndefined()
      expect(dateInputProblem(typed)).toBe('Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-15.')
    }
  )

  it('leaves an empty field to the form, which knows whether a date is required', () => {
    expect(dateInputProblem('')).toBeUndefined()
    expect(dateInputProblem('  ')).toBeUndefined()
  })
})
