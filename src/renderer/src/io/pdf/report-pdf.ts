import type { ChartSpec } from '@/domain/charts/chart-spec'
import { renderChartSvg } from '../charts/render-chart-svg'
import type { PdfDocumentDefinition } from './pdf-document'
import { makePdf } from './pdf-maker'

/** How far a report has come, 0–1, rising. */
export type ReportProgress = (fraction: number) => void

export interface ReportPdfOptions {
  /** PDF/A-2b for archiving (diarium, e-arkiv). */
  archival?: boolean
  onProgress?: ReportProgress
}

/** The size charts are drawn at; the PDF scales them to the text width, keeping the ratio. */
export const REPORT_CHART_SIZE = { width: 640, height: 300 } as const

/** Share of the progress bar for drawing the charts; the rest is pdfmake writing the file. */
const CHART_SHARE = 0.25

/**
 * A report with charts as a PDF: the charts drawn to SVG by the same code as
 * the screens (render-chart-svg.ts), then the definition written by pdfmake.
 * Runs anywhere (worker, main thread, Node).
 */
export async function reportPdf(
  charts: readonly (ChartSpec | null)[],
  definition: (svgs: (string | null)[]) => PdfDocumentDefinition,
  onProgress?: ReportProgress
): Promise<Uint8Array> {
  let reported = -1
  const report = (fraction: number) => {
    const rounded = Math.round(fraction * 100) / 100
    if (rounded <= reported) return
    reported = rounded
    onProgress?.(rounded)
  }
  report(0)
  const svgs: (string | null)[] = []
  for (const [i, spec] of charts.entries()) {
    svgs.push(spec ? await renderChartSvg(spec, REPORT_CHART_SIZE) : null)
    report((CHART_SHARE * (i + 1)) / charts.length)
  }
  const bytes = await makePdf(definition(svgs), (f) => report(CHART_SHARE + (1 - CHART_SHARE) * f))
  report(1)
  return bytes
}
