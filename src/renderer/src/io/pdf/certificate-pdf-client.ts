import type { CertificateSheet } from '@/domain/certificates/certificate-sheet'
import type { CertificateProgress } from './certificate-pdf'
import { certificatePdfFailed, type CertificatePdfReply, type CertificatePdfRequest } from './certificate-pdf-messages'

/**
 * Makes the certificates PDF in a Web Worker, so the screen stays responsive
 * and can show `onProgress`. Resolves with the file's bytes; rejects with an
 * Error whose message is Swedish and can be shown as it is.
 */
export function certificatesPdfInWorker(
  sheets: readonly CertificateSheet[],
  onProgress?: CertificateProgress
): Promise<Uint8Array> {
  const worker = new Worker(new URL('./certificate-pdf.worker.ts', import.meta.url), { type: 'module' })
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CertificatePdfReply>) => {
      const reply = event.data
      if (reply.type === 'progress') onProgress?.(reply.done, reply.total)
      else {
        worker.terminate()
        if (reply.type === 'done') resolve(reply.bytes)
        else reject(new Error(reply.message))
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(certificatePdfFailed(event.message || undefined)))
    }
    // Plain data only: a Vue reactive proxy cannot be cloned into a worker.
    const request: CertificatePdfRequest = { sheets: JSON.parse(JSON.stringify(sheets)) as CertificateSheet[] }
    worker.postMessage(request)
  })
}
