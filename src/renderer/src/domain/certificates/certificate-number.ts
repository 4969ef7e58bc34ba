import { counties } from '../regions/counties'

/**
 * Certificate numbers (intygsnummer): `<länsbokstav>-<year>-<serial>`, e.g.
 * H-2026-014. The year is the year the certificate was issued; the serial
 * counts per county letter and year from 001 and is written with at least
 * three digits (the thousandth certificate of a year is H-2026-1000).
 */
export interface CertificateNumberParts {
  countyLetter: string
  year: number
  serial: number
}

const NUMBER = /^([A-Z]{1,2})-(\d{4})-(\d{3,})$/
/** A typed number with spaces, dashes or leading zeros gone: "h 2026 14" → H, 2026, 14. */
const TYPED_NUMBER = /^([A-Z]{1,2})(\d{4})(\d{1,6})$/

export function formatCertificateNumber(parts: CertificateNumberParts): string {
  return `${parts.countyLetter}-${parts.year}-${String(parts.serial).padStart(3, '0')}`
}

/** The parts of a stored (well-formed) number, or undefined. */
export function certificateNumberParts(number: string): CertificateNumberParts | undefined {
  const match = NUMBER.exec(number)
  if (!match) return undefined
  return { countyLetter: match[1]!, year: Number(match[2]), serial: Number(match[3]) }
}

/**
 * A number as someone typed it off a printed certificate, written the
 * canonical way; lower case, spaces, missing dashes and missing leading zeros
 * are forgiven ("h 2026-14" → "H-2026-014"). Undefined when it cannot be a number.
 */
export function normaliseTypedCertificateNumber(typed: string): string | undefined {
  const compact = typed.toUpperCase().replace(/[\s\-–—_./]/g, '')
  const match = TYPED_NUMBER.exec(compact)
  if (!match) return undefined
  const serial = Number(match[3])
  if (serial < 1) return undefined
  return formatCertificateNumber({ countyLetter: match[1]!, year: Number(match[2]), serial })
}

/** "H-2026-": every number of a county letter and year starts with it. */
export function certificateNumberPrefix(countyLetter: string, year: number): string {
  return `${countyLetter}-${year}-`
}

/** The serial the next certificate of that letter and year gets: one more than the highest so far. */
export function nextCertificateSerial(existingNumbers: Iterable<string>, countyLetter: string, year: number): number {
  let highest = 0
  for (const number of existingNumbers) {
    const parts = certificateNumberParts(number)
    if (parts && parts.countyLetter === countyLetter && parts.year === year) highest = Math.max(highest, parts.serial)
  }
  return highest + 1
}

/** The länsbokstav of a county code ("08" → "H"), or undefined for an unknown code. */
export function countyLetter(countyCode: string): string | undefined {
  return counties.find((c) => c.code === countyCode)?.letter
}

/** The year of an ISO date. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4))
}
