import { canonicalCertificateText, type CertificateContent } from './certificate-content'

/**
 * The verification code (kontrollkod) printed on a certificate: the first 50
 * bits of SHA-256 over its canonical text, as 10 characters of Crockford's
 * base32 (digits and capitals without I, L, O and U, so nothing can be read
 * two ways), grouped 4-4-2: K7QM-2XRP-9D.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const CODE_LENGTH = 10

/** SHA-256 of some bytes. Passed in so the domain stays pure: Web Crypto in the app, the same in Node. */
export type Sha256 = (bytes: Uint8Array) => Promise<Uint8Array>

/** The first `length` base32 characters of `bytes`, most significant bit first. */
export function base32Prefix(bytes: Uint8Array, length: number): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff
    bits += 8
    while (bits >= 5 && out.length < length) {
      out += CODE_ALPHABET[(buffer >> (bits - 5)) & 31]
      bits -= 5
    }
    if (out.length === length) return out
  }
  throw new RangeError(`${bytes.length} bytes give fewer than ${length} base32 characters`)
}

/** "K7QM2XRP9D" → "K7QM-2XRP-9D". */
export function formatVerificationCode(compact: string): string {
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`
}

/** The verification code of a certificate's content, formatted K7QM-2XRP-9D. */
export async function deriveVerificationCode(content: CertificateContent, sha256: Sha256): Promise<string> {
  const digest = await sha256(new TextEncoder().encode(canonicalCertificateText(content)))
  return formatVerificationCode(base32Prefix(digest, CODE_LENGTH))
}

/** Letters people type for the digits they see: O for 0, I and L for 1. */
const LOOKALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' }

/**
 * A code as someone typed it, formatted K7QM-2XRP-9D; lower case, spaces,
 * missing dashes and O/I/L for 0/1 are forgiven. Undefined when it cannot be a code.
 */
export function normaliseTypedVerificationCode(typed: string): string | undefined {
  const compact = typed
    .toUpperCase()
    .replace(/[\s\-–—_./]/g, '')
    .replace(/[OIL]/g, (c) => LOOKALIKES[c]!)
  if (compact.length !== CODE_LENGTH) return undefined
  for (const c of compact) if (!CODE_ALPHABET.includes(c)) return undefined
  return formatVerificationCode(compact)
}
