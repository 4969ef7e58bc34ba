import type { CertificateSheet } from '@/domain/certificates/certificate-sheet'

/** Main thread → worker. */
export interface CertificatePdfRequest {
  sheets: CertificateSheet[]
}

/** Worker → main thread: progress per certificate, then the file or a Swedish error. */
export type CertificatePdfReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string }

export const PDF_FAILED = 'PDF-filen kunde inte skapas. Försök igen; händer det igen, starta om Kugghjul och försök en gång till.'
