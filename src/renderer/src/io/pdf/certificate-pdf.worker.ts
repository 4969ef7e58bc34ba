/// <reference lib="webworker" />
/**
 * Web Worker that turns certificate sheets into one PDF, reporting progress
 * per certificate. Started by certificate-pdf-client.ts; one request per worker.
 */
import { errorMessage } from '@/domain/error-message'
import { certificatesPdf } from './certificate-pdf'
import { certificatePdfFailed, type CertificatePdfReply, type CertificatePdfRequest } from './certificate-pdf-messages'

// globalThis is the worker's scope (self) in a worker, and lets tests run the module in-process.
const scope = globalThis as unknown as DedicatedWorkerGlobalScope

function reply(message: CertificatePdfReply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer)
}

scope.onmessage = async (event: MessageEvent<CertificatePdfRequest>) => {
  try {
    const bytes = await certificatesPdf(event.data.sheets, (done, total) => reply({ type: 'progress', done, total }))
    reply({ type: 'done', bytes }, [bytes.buffer])
  } catch (error) {
    console.error(error)
    reply({ type: 'error', message: certificatePdfFailed(errorMessage(error)) })
  }
}
