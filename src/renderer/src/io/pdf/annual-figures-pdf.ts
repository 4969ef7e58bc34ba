import type { AnnualFiguresReport } from '@/domain/annual-figures/annual-figures-report'
import { annualFiguresDocument } from './annual-figures-document'
import { reportPdf, type ReportPdfOptions } from './report-pdf'

/** The årsuppföljning as a PDF file, on the calling thread; the screen uses report-pdf-client.ts. */
export function annualFiguresPdf(report: AnnualFiguresReport, options: ReportPdfOptions = {}): Promise<Uint8Array> {
  return reportPdf([], () => annualFiguresDocument(report, options.archival ?? false), options.onProgress)
}
