import type { NationalRollupReport } from '@/domain/annual-figures/national-rollup-report'
import { nationalRollupDocument } from './national-rollup-document'
import { reportPdf, type ReportPdfOptions } from './report-pdf'

/** The riksöversikt as a PDF file, on the calling thread; the screen uses report-pdf-client.ts. */
export function nationalRollupPdf(report: NationalRollupReport, options: ReportPdfOptions = {}): Promise<Uint8Array> {
  return reportPdf(
    [report.rollup.chart],
    ([chart]) => nationalRollupDocument(report, chart ?? null, options.archival ?? false),
    options.onProgress
  )
}
