import type { CountySummary } from '@/domain/county-summary/county-summary'
import type { EvaluationReport } from '@/domain/evaluation/evaluation-report'

/** Main thread → worker: which report, its data, and whether PDF/A-2b is wanted. */
export type ReportPdfRequest =
  | { kind: 'evaluation'; report: EvaluationReport; archival: boolean }
  | { kind: 'countySummary'; summary: CountySummary; archival: boolean }

/** Worker → main thread: progress (0–1), then the file or a Swedish error. */
export type ReportPdfReply = { type: 'progress'; fraction: number } | { type: 'done'; bytes: Uint8Array } | { type: 'error'; message: string }

export const REPORT_PDF_FAILED = 'Rapporten kunde inte skapas som PDF. Försök igen; händer det igen, starta om Kugghjul och försök en gång till.'
