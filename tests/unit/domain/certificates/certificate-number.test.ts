import { describe, expect, it } from 'vitest'
import {
  certificateNumberParts,
  countyLetter,
  formatCertificateNumber,
  nextCertificateSerial,
  normaliseTypedCertificateNumber
} from '@/domain/certificates/certificate-number'

describe('certificate numbers', () => {
  it('are county letter, year and a serial of at least three digits', () => {
    expect(formatCertificateNumber({ countyLetter: 'H', year: 2026, serial: 14 })).toBe('H-2026-014')
    expect(formatCertificateNumber({ countyLetter: 'AB', year: 2027, serial: 1 })).toBe('AB-2027-001')
    expect(formatCertificateNumber({ countyLetter: 'H', year: 2026, serial: 1000 })).toBe('H-2026-1000')
    expect(certificateNumberParts('BD-2026-123')).toEqual({ countyLetter: 'BD', year: 2026, serial: 123 })
    expect(certificateNumberParts('H-2026-14')).toBeUndefined()
  })

  it('take the länsbokstav of the county code', () => {
    expect(countyLetter('08')).toBe('H')
    expect(countyLetter('01')).toBe('AB')
    expect(countyLetter('99')).toBeUndefined()
  })

  it('count serials per county letter and year', () => {
    const existing = ['H-2026-001', 'H-2026-014', 'H-2025-200', 'AB-2026-300', 'H-2026-009']
    expect(nextCertificateSerial(existing, 'H', 2026)).toBe(15)
    expect(nextCertificateSerial(existing, 'H', 2025)).toBe(201)
    expect(nextCertificateSerial(existing, 'H', 2027)).toBe(1)
    expect(nextCertificateSerial(existing, 'AB', 2026)).toBe(301)
    expect(nextCertificateSerial(['H-2026-999'], 'H', 2026)).toBe(1000)
    expect(nextCertificateSerial(['H-2026-1000', 'H-2026-999'], 'H', 2026)).toBe(1001)
  })

  it('forgive how people type them', () => {
    for (const typed of ['H-2026-014', 'h-2026-014', ' h 2026 014 ', 'H2026014', 'H-2026-14', 'h–2026–014'])
      expect(normaliseTypedCertificateNumber(typed), typed).toBe('H-2026-014')
    expect(normaliseTypedCertificateNumber('ab-2026-3')).toBe('AB-2026-003')
    expect(normaliseTypedCertificateNumber('H-2026-000')).toBeUndefined()
    expect(normaliseTypedCertificateNumber('K7QM-2XRP-9D')).toBeUndefined()
    expect(normaliseTypedCertificateNumber('2026-014')).toBeUndefined()
  })
})
