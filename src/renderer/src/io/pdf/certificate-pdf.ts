import type { CertificateSheet } from '@/domain/certificates/certificate-sheet'
import { certificateDocument } from './certificate-document'
import { makePdf } from './pdf-maker'

/** How far a batch has come: `done` of `total` certificates written. */
export type CertificateProgress = (done: number, total: number) => void

/**
 * One PDF with a page per certificate. Runs anywhere (worker, main thread,
 * Node); the app calls it through the worker (certificate-pdf-client.ts) so
 * a large batch does not freeze the screen.
 */
export async function certificatesPdf(
  sheets: readonly CertificateSheet[],
  onProgress?: CertificateProgress
): Promise<Uint8Array> {
  const total = sheets.length
  let reported = -1
  const report = (done: number) => {
    if (done === reported) return
    reported = done
    onProgress?.(done, total)
  }
  report(0)
  const bytes = await makePdf(certificateDocument(sheets), (fraction) =>
    report(Math.min(total, Math.floor(fraction * total)))
  )
  report(total)
  return bytes
}
