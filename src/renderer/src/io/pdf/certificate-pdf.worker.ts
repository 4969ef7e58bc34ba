/// <reference lib="webworker" />
/**
 * Web Worker that turns certificate sheets into one PDF, reporting progress
 * per certificate. Started by certificate-pdf-client.ts; one request per worker.
 */
import { certificatesPdf } from './certificate-pdf'
import { PDF_FAILED, type CertificatePdfReply, type CertificatePdfRequest } from './certificate-pdf-messages'

const scope = self as unknown as DedicatedWorkerGlobalScope

function reply(message: CertificatePdfReply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer)
}

scope.onmessage = async (event: MessageEvent<CertificatePdfRequest>) => {
  try {
    const bytes = await certificatesPdf(event.data.sheets, (done, total) => reply({ type: 'progress', done, total }))
    reply({ type: 'done', bytes }, [bytes.buffer])
  } catch (error) {
    console.error(error)
    reply({ type: 'error', message: PDF_FAILED })
  }
}
