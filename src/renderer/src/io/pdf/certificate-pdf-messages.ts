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

/** What the screen shows when the PDF could not be made; `detail` (what went wrong, as thrown) gives support something to go on. */
export function certificatePdfFailed(detail?: string): string {
  // pdfmake's messages may run over several lines; the screen shows one.
  const what = detail
    ? `PDF-filen kunde inte skapas (${detail.replace(/\s+/g, ' ').trim()}).`
    : 'PDF-filen kunde inte skapas.'
  return `${what} Försök igen; händer det igen, starta om Kugghjul och försök en gång till.`
}
