import type { AnnualFiguresReport } from '@/domain/annual-figures/annual-figures-report'
import type { CountySummary } from '@/domain/county-summary/county-summary'
import type { EvaluationReport } from '@/domain/evaluation/evaluation-report'
import type { NationalRollupReport } from '@/domain/annual-figures/national-rollup-report'

/** Main thread → worker: which report, its data, and whether PDF/A-2b is wanted. */
export type ReportPdfRequest =
  | { kind: 'evaluation'; report: EvaluationReport; archival: boolean }
  | { kind: 'countySummary'; summary: CountySummary; archival: boolean }
  | { kind: 'annualFigures'; report: AnnualFiguresReport; archival: boolean }
  | { kind: 'nationalRollup'; report: NationalRollupReport; archival: boolean }

/** Worker → main thread: progress (0–1), then the file or a Swedish error. */
export type ReportPdfReply =
  { type: 'progress'; fraction: number } | { type: 'done'; bytes: Uint8Array } | { type: 'error'; message: string }

/** What the screen shows when the report could not be made; `detail` (what went wrong, as thrown) gives support something to go on. */
export function reportPdfFailed(detail?: string): string {
  // pdfmake's messages may run over several lines; the screen shows one.
  const what = detail
    ? `Rapporten kunde inte skapas som PDF (${detail.replace(/\s+/g, ' ').trim()}).`
    : 'Rapporten kunde inte skapas som PDF.'
  return `${what} Försök igen; händer det igen, starta om Kugghjul och försök en gång till.`
}
