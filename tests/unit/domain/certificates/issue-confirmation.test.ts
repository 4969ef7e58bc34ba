import { describe, expect, it } from 'vitest'
import { issueConfirmation } from '@/domain/certificates/issue-confirmation'

const numbers = (count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => `H-2026-${String(from + i).padStart(3, '0')}`)

describe('the question before certificates are issued', () => {
  it('names how many and the range of numbers taken into use', () => {
    expect(issueConfirmation(numbers(819), 0)).toEqual({
      title: 'Utfärda 819 intyg?',
      body: 'Numren H-2026-001–H-2026-819 tas i bruk.',
      confirmLabel: 'Utfärda 819 intyg'
    })
    expect(issueConfirmation(numbers(1, 14), 0).body).toBe('Numret H-2026-014 tas i bruk.')
    expect(issueConfirmation(numbers(1100, 1), 0).body).toBe('Numren H-2026-001–H-2026-1100 tas i bruk.')
  })

  it('counts reprints apart: they keep their numbers', () => {
    expect(issueConfirmation(numbers(2, 20), 1).body).toBe(
      'Numren H-2026-020–H-2026-021 tas i bruk. 1 intyg som redan finns skrivs ut igen med sitt nummer.'
    )
    expect(issueConfirmation([], 3)).toEqual({
      title: 'Skriv ut 3 intyg igen?',
      body: 'Alla har redan intyg; inga nya nummer tas i bruk.',
      confirmLabel: 'Skriv ut 3 intyg'
    })
  })
})
