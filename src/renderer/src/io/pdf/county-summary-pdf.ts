import type { CountySummary } from '@/domain/county-summary/county-summary'
import { countySummaryDocument } from './county-summary-document'
import { reportPdf, type ReportPdfOptions } from './report-pdf'

/** The lägesrapport as a PDF file, on the calling thread; the screens use report-pdf-client.ts. */
export function countySummaryPdf(summary: CountySummary, options: ReportPdfOptions = {}): Promise<Uint8Array> {
  return reportPdf(
    [summary.actionsChart],
    ([chart]) => countySummaryDocument(summary, chart ?? null, options.archival ?? false),
    options.onProgress
  )
}
