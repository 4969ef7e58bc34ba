/// <reference lib="webworker" />
/**
 * Web Worker that draws a report's charts and writes the PDF (utvärderingsrapport,
 * lägesrapport, årsuppföljning or riksöversikt), reporting progress. Started by report-pdf-client.ts; one request per worker.
 */
import { errorMessage } from '@/domain/error-message'
import { annualFiguresPdf } from './annual-figures-pdf'
import { countySummaryPdf } from './county-summary-pdf'
import { evaluationReportPdf } from './evaluation-report-pdf'
import { nationalRollupPdf } from './national-rollup-pdf'
import { reportPdfFailed, type ReportPdfReply, type ReportPdfRequest } from './report-pdf-messages'

// globalThis is the worker's scope (self) in a worker, and lets tests run the module in-process.
const scope = globalThis as unknown as DedicatedWorkerGlobalScope

function reply(message: ReportPdfReply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer)
}

scope.onmessage = async (event: MessageEvent<ReportPdfRequest>) => {
  const request = event.data
  const options = {
    archival: request.archival,
    onProgress: (fraction: number) => reply({ type: 'progress', fraction })
  }
  try {
    const bytes =
      request.kind === 'evaluation'
        ? await evaluationReportPdf(request.report, options)
        : request.kind === 'countySummary'
          ? await countySummaryPdf(request.summary, options)
          : request.kind === 'annualFigures'
            ? await annualFiguresPdf(request.report, options)
            : await nationalRollupPdf(request.report, options)
    reply({ type: 'done', bytes }, [bytes.buffer])
  } catch (error) {
    console.error(error)
    reply({ type: 'error', message: reportPdfFailed(errorMessage(error)) })
  }
}
