import type { CertificateContent } from './certificate-content'

/** The person who signs, as printed on the certificate when it was first issued. */
export interface CertificateSignatory {
  name: string
  title: string
}

/**
 * An issued membership certificate (intyg): one per membership period.
 * Reprinting uses this record as it is, so the number, the code and every
 * printed detail stay the same.
 */
export interface Certificate {
  id: string
  number: string
  /** Formatted K7QM-2XRP-9D; derived from `content`. */
  code: string
  memberId: string
  periodId: string
  periodNumber: number
  /** When it was first issued: a timestamp, and the date printed on it. */
  issuedAt: string
  issuedOn: string
  content: CertificateContent
  signatory: CertificateSignatory
}
