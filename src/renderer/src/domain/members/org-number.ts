/**
 * Organisationsnummer: ten digits written NNNNNN-NNNN. The last digit is a
 * Luhn check digit over the first nine, and the third digit is 2 or higher
 * (in a personnummer that place holds the month, 0 or 1).
 */

export type OrgNumberResult = { ok: true; value: string } | { ok: false; error: string }

/** The Luhn (mod 10) check digit for a string of digits. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    // Counting from the right of the payload, every other digit starting with the last is doubled.
    const doubled = (digits.length - i) % 2 === 1
    let n = Number(digits[i]) * (doubled ? 2 : 1)
    if (n > 9) n -= 9
    sum += n
  }
  return (10 - (sum % 10)) % 10
}

function format(digits: string): string {
  return `${digits.slice(0, 6)}-${digits.slice(6)}`
}

/**
 * Reads an orgnr typed with or without dash or spaces (also the 12-digit form
 * with the prefix 16 some registers use) and returns it as NNNNNN-NNNN, or a
 * Swedish message saying what is wrong and what to do.
 */
export function parseOrgNumber(input: string): OrgNumberResult {
  const compact = input.trim().replace(/[\s-]/g, '')
  if (compact.length === 0) return { ok: false, error: 'Ange organisationsnumret, t.ex. 202100-2304.' }
  if (!/^\d+$/.test(compact))
    return {
      ok: false,
      error: 'Organisationsnumret får bara innehålla siffror och ett bindestreck, t.ex. 202100-2304.'
    }
  const digits = compact.length === 12 && compact.startsWith('16') ? compact.slice(2) : compact
  if (digits.length !== 10)
    return {
      ok: false,
      error: `Organisationsnumret ska ha 10 siffror (NNNNNN-NNNN) men har ${digits.length}. Kontrollera att ingen siffra fattas eller är dubblerad.`
    }
  if (Number(digits[2]) < 2)
    return {
      ok: false,
      error:
        'Det här är inte ett organisationsnummer: den tredje siffran måste vara 2 eller högre. Ett personnummer kan inte användas – ange verksamhetens organisationsnummer.'
    }
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9]))
    return {
      ok: false,
      error: `Kontrollsiffran stämmer inte i ${format(digits)}. Kontrollera att numret är rätt avskrivet.`
    }
  return { ok: true, value: format(digits) }
}

export function isValidOrgNumber(input: string): boolean {
  return parseOrgNumber(input).ok
}

/** The ten digits only, for search: "202100-2304" → "2021002304". */
export function orgNumberDigits(orgNumber: string): string {
  return orgNumber.replace(/\D/g, '')
}
