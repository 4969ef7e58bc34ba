import type { AnnualFiguresReport } from '@/domain/annual-figures/annual-figures-report'
import type { CountySummary } from '@/domain/county-summary/county-summary'
import type { EvaluationReport } from '@/domain/evaluation/evaluation-report'
import type { NationalRollupReport } from '@/domain/annual-figures/national-rollup-report'
import type { ReportPdfOptions } from './report-pdf'
import { reportPdfFailed, type ReportPdfReply, type ReportPdfRequest } from './report-pdf-messages'

/** Plain data only: a Vue reactive proxy cannot be cloned into a worker. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

function inWorker(request: ReportPdfRequest, onProgress: ReportPdfOptions['onProgress']): Promise<Uint8Array> {
  const worker = new Worker(new URL('./report-pdf.worker.ts', import.meta.url), { type: 'module' })
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ReportPdfReply>) => {
      if (data.type === 'progress') return onProgress?.(data.fraction)
      worker.terminate()
      if (data.type === 'done') resolve(data.bytes)
      else reject(new Error(data.message))
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(reportPdfFailed(event.message || undefined)))
    }
    worker.postMessage(request)
  })
}

/**
 * The utvärderingsrapport as PDF, made in a Web Worker so the screen stays
 * responsive and can show `onProgress` (0–1). Rejects with an Error whose
 * message is Swedish and can be shown as it is.
 */
export function evaluationReportPdfInWorker(
  report: EvaluationReport,
  options: ReportPdfOptions = {}
): Promise<Uint8Array> {
  return inWorker(
    { kind: 'evaluation', report: plain(report), archival: options.archival ?? false },
    options.onProgress
  )
}

/** The lägesrapport as PDF, in a Web Worker; as evaluationReportPdfInWorker. */
export function countySummaryPdfInWorker(summary: CountySummary, options: ReportPdfOptions = {}): Promise<Uint8Array> {
  return inWorker(
    { kind: 'countySummary', summary: plain(summary), archival: options.archival ?? false },
    options.onProgress
  )
}

/** The årsuppföljning as PDF, in a Web Worker; as evaluationReportPdfInWorker. */
export function annualFiguresPdfInWorker(
  report: AnnualFiguresReport,
  options: ReportPdfOptions = {}
): Promise<Uint8Array> {
  return inWorker(
    { kind: 'annualFigures', report: plain(report), archival: options.archival ?? false },
    options.onProgress
  )
}

/** The riksöversikt as PDF, in a Web Worker; as evaluationReportPdfInWorker. */
export function nationalRollupPdfInWorker(
  report: NationalRollupReport,
  options: ReportPdfOptions = {}
): Promise<Uint8Array> {
  return inWorker(
    { kind: 'nationalRollup', report: plain(report), archival: options.archival ?? false },
    options.onProgress
  )
}
