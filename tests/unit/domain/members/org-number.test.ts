import { describe, expect, it } from 'vitest'
import { isValidOrgNumber, luhnCheckDigit, orgNumberDigits, parseOrgNumber } from '@/domain/members/org-number'

describe('organisationsnummer', () => {
  it('accepts a valid number with or without dash and gives it back as NNNNNN-NNNN', () => {
    expect(parseOrgNumber('202100-2304')).toEqual({ ok: true, value: '202100-2304' })
    expect(parseOrgNumber('2021002304')).toEqual({ ok: true, value: '202100-2304' })
    expect(parseOrgNumber('  202100 2304 ')).toEqual({ ok: true, value: '202100-2304' })
    expect(parseOrgNumber('16202100-2304')).toEqual({ ok: true, value: '202100-2304' })
  })

  it('computes the Luhn check digit over the first nine digits', () => {
    expect(luhnCheckDigit('202100230')).toBe(4)
    expect(luhnCheckDigit('556036079')).toBe(3) // 556036-0793, a well-known aktiebolag
    expect(isValidOrgNumber('556036-0793')).toBe(true)
  })

  it('refuses a wrong check digit and says which number', () => {
    const result = parseOrgNumber('202100-2305')
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error).toBe('Kontrollsiffran stämmer inte i 202100-2305. Kontrollera att numret är rätt avskrivet.')
    expect(isValidOrgNumber('2021002305')).toBe(false)
  })

  it('refuses a wrong length, with and without dash, telling how many digits there were', () => {
    for (const input of ['202100-230', '202100230', '202100-23045', '20210023045']) {
      const result = parseOrgNumber(input)
      expect(result.ok, input).toBe(false)
      if (!result.ok) expect(result.error).toMatch(/ska ha 10 siffror \(NNNNNN-NNNN\) men har (9|11)/)
    }
  })

  it('refuses a personnummer, whose third digit is a month', () => {
    // 811218-9876 passes Luhn but is a personnummer (third digit 1).
    expect(luhnCheckDigit('811218987')).toBe(6)
    const result = parseOrgNumber('811218-9876')
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error).toMatch(/inte ett organisationsnummer.*tredje siffran måste vara 2 eller högre/)
  })

  it('asks for the number when empty and refuses letters', () => {
    expect(parseOrgNumber('  ')).toEqual({ ok: false, error: 'Ange organisationsnumret, t.ex. 202100-2304.' })
    const letters = parseOrgNumber('20210O-2304')
    expect(letters.ok).toBe(false)
    if (!letters.ok) expect(letters.error).toMatch(/bara innehålla siffror/)
  })

  it('gives the bare digits for search', () => {
    expect(orgNumberDigits('202100-2304')).toBe('2021002304')
  })
})
