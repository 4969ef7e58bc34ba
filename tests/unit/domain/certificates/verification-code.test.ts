import { describe, expect, it } from 'vitest'
import { canonicalCertificateText, certificateContent } from '@/domain/certificates/certificate-content'
import {
  base32Prefix,
  CODE_ALPHABET,
  deriveVerificationCode,
  normaliseTypedVerificationCode
} from '@/domain/certificates/verification-code'
import { webCryptoSha256 } from '@/shared/sha256'
import { content, nodeSha256 } from './certificate-fixture'

describe('verification codes', () => {
  it('are computed from this exact canonical text', () => {
    expect(canonicalCertificateText(content)).toBe(
      [
        'kugghjul-intyg/1',
        'number=H-2026-014',
        'orgNumber=202100-2304',
        'memberName=Länsstyrelsen i Kalmar län',
        'periodStart=2026-03-15',
        'periodEnd=2029-03-14',
        'decisionDate=2026-03-15',
        'countyCode=08',
        'strategy=Ett jämställt Kalmar län 2023–2027'
      ].join('\n')
    )
  })

  it('are the first 50 bits of SHA-256 in Crockford base32, grouped 4-4-2, the same in Web Crypto and Node', async () => {
    const code = await deriveVerificationCode(content, webCryptoSha256)
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/)
    expect(await deriveVerificationCode(content, nodeSha256)).toBe(code)
    // Pinned: changing the canonical text or the encoding would invalidate every printed certificate.
    expect(code).toBe('WMCH-KGY6-EY') // also computed independently with Python's hashlib
  })

  it('encode bits most significant first', () => {
    expect(base32Prefix(new Uint8Array([0, 0, 0, 0, 0, 0, 0]), 10)).toBe('0000000000')
    expect(base32Prefix(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 10)).toBe('ZZZZZZZZZZ')
    expect(base32Prefix(new Uint8Array([0b00001_000, 0b10_00011_0]), 3)).toBe(
      `${CODE_ALPHABET[1]}${CODE_ALPHABET[2]}${CODE_ALPHABET[3]}`
    )
    expect(CODE_ALPHABET).toHaveLength(32)
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/)
  })

  it('change with every field of the content', async () => {
    const original = await deriveVerificationCode(content, nodeSha256)
    const variants = [
      { number: 'H-2026-015' },
      { orgNumber: '212000-0746' },
      { memberName: 'Lansstyrelsen i Kalmar lan' },
      { periodStartDate: '2026-03-16' },
      { periodEndDate: '2029-03-15' },
      { decisionDate: '2026-03-14' },
      { countyCode: '07' },
      { strategyName: 'Ett jämställt Kronoberg' },
      { strategyStartYear: 2024 },
      { strategyEndYear: 2028 }
    ]
    const codes = await Promise.all(variants.map((v) => deriveVerificationCode({ ...content, ...v }, nodeSha256)))
    for (const [i, code] of codes.entries()) expect(code, JSON.stringify(variants[i])).not.toBe(original)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('do not change with how the name was typed (composed å, extra spaces)', async () => {
    const decomposed = { ...content, memberName: '  Länsstyrelsen   i Kalmar län '.normalize('NFD') }
    expect(await deriveVerificationCode(decomposed, nodeSha256)).toBe(await deriveVerificationCode(content, nodeSha256))
    const built = certificateContent({
      number: content.number,
      member: { name: 'Länsstyrelsen  i Kalmar län', orgNumber: '202100-2304' },
      period: { startDate: '2026-03-15', endDate: '2029-03-14', decisionDate: '2026-03-15' },
      profile: {
        countyCode: '08',
        strategyName: 'Ett jämställt Kalmar län ',
        strategyStartYear: 2023,
        strategyEndYear: 2027
      }
    })
    expect(built).toEqual(content)
  })

  it('forgive lower case, spaces, missing dashes and O/I/L for 0/1', () => {
    for (const typed of ['K7QM-2XRP-9D', 'k7qm-2xrp-9d', 'k7qm 2xrp 9d', 'K7QM2XRP9D', ' k7qm–2xrp–9d '])
      expect(normaliseTypedVerificationCode(typed), typed).toBe('K7QM-2XRP-9D')
    expect(normaliseTypedVerificationCode('1O0I-L000-00')).toBe('1001-1000-00')
    expect(normaliseTypedVerificationCode('K7QM-2XRP-9')).toBeUndefined()
    expect(normaliseTypedVerificationCode('K7QM-2XRP-9U')).toBeUndefined()
    expect(normaliseTypedVerificationCode('H-2026-014')).toBeUndefined()
  })
})
