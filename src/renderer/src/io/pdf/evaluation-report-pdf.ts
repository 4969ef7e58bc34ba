import type { EvaluationReport } from '@/domain/evaluation/evaluation-report'
import { evaluationReportDocument } from './evaluation-report-document'
import { reportPdf, type ReportPdfOptions } from './report-pdf'

/** The utvärderingsrapport as a PDF file, on the calling thread; the screens use report-pdf-client.ts. */
export function evaluationReportPdf(report: EvaluationReport, options: ReportPdfOptions = {}): Promise<Uint8Array> {
  return reportPdf(
    report.measures.map((m) => m.chart),
    (svgs) => evaluationReportDocument(report, svgs, options.archival ?? false),
    options.onProgress
  )
}
