/// <reference lib="webworker" />
/**
 * Web Worker that draws a report's charts and writes the PDF (utvärderingsrapport
 * or lägesrapport), reporting progress. Started by report-pdf-client.ts; one request per worker.
 */
import { countySummaryPdf } from './county-summary-pdf'
import { evaluationReportPdf } from './evaluation-report-pdf'
import { REPORT_PDF_FAILED, type ReportPdfReply, type ReportPdfRequest } from './report-pdf-messages'

const scope = self as unknown as DedicatedWorkerGlobalScope

function reply(message: ReportPdfReply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer)
}

scope.onmessage = async (event: MessageEvent<ReportPdfRequest>) => {
  const request = event.data
  const options = { archival: request.archival, onProgress: (fraction: number) => reply({ type: 'progress', fraction }) }
  try {
    const bytes = request.kind === 'evaluation' ? await evaluationReportPdf(request.report, options) : await countySummaryPdf(request.summary, options)
    reply({ type: 'done', bytes }, [bytes.buffer])
  } catch (error) {
    console.error(error)
    reply({ type: 'error', message: REPORT_PDF_FAILED })
  }
}
