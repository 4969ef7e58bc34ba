import { normaliseTypedCertificateNumber } from './certificate-number'
import { normaliseTypedVerificationCode } from './verification-code'

/**
 * What someone typed under Kontrollera intyg: a certificate number, a
 * verification code, or both (in either order). Written the canonical way.
 * A typed text that could be read both as a number and as a code (e.g.
 * "AB20261234") gets both readings, and the register decides.
 */
export interface VerificationQuery {
  typed: string
  numbers: string[]
  codes: string[]
  /** A number and a code were typed together: both must belong to the same certificate. */
  combined: boolean
}

export type VerificationQueryResult = { ok: true; query: VerificationQuery } | { ok: false; message: string }

const EXAMPLE = 'intygsnumret (t.ex. H-2026-014) eller kontrollkoden (t.ex. K7QM-2XRP-9D)'

function readings(text: string): { numbers: string[]; codes: string[] } {
  const number = normaliseTypedCertificateNumber(text)
  const code = normaliseTypedVerificationCode(text)
  return { numbers: number ? [number] : [], codes: code ? [code] : [] }
}

export function parseVerificationQuery(typed: string): VerificationQueryResult {
  const text = typed.trim()
  if (text === '') return { ok: false, message: `Skriv ${EXAMPLE} som det står på intyget.` }
  const whole = readings(text)
  if (whole.numbers.length > 0 || whole.codes.length > 0)
    return { ok: true, query: { typed: text, ...whole, combined: false } }

  // A number and a code together: try each place between words as the boundary.
  const words = text.split(/[\s,;]+/)
  for (let cut = 1; cut < words.length; cut++) {
    const left = words.slice(0, cut).join(' ')
    const right = words.slice(cut).join(' ')
    for (const [numberText, codeText] of [
      [left, right],
      [right, left]
    ] as const) {
      const number = normaliseTypedCertificateNumber(numberText)
      const code = normaliseTypedVerificationCode(codeText)
      if (number && code) return { ok: true, query: { typed: text, numbers: [number], codes: [code], combined: true } }
    }
  }
  return {
    ok: false,
    message: `"${text}" är varken ett intygsnummer eller en kontrollkod. Skriv ${EXAMPLE}; stora eller små bokstäver, mellanslag och bindestreck spelar ingen roll.`
  }
}
