import { assessmentLevelLabels, evaluationStatusLabels, subjectKey, type Evaluation } from './evaluation'
import type { EvaluationSubject } from './evaluation-subjects'
import { formatProseDate } from '../swedish-format'

/** The report's last section: the assessment per delmål and focus area, the conclusions and the decision, as printed text. */
export interface ReportAssessment {
  status: string
  completed: boolean
  rows: { label: string; actions: number; level: number | null; levelLabel: string; comment: string }[]
  conclusions: string
  /** "Nytt ledningsbeslut den 2 november 2026 (KS 2026/87, Kommunstyrelsen)." and the like; empty while not chosen. */
  decision: string[]
  decidedAt: string | null
}

function decisionText(evaluation: Evaluation): string[] {
  const d = evaluation.decision
  if (!d) return []
  const county = evaluation.countyCaseNumber ? [`Länsstyrelsens diarienummer: ${evaluation.countyCaseNumber}.`] : []
  if (d.outcome === 'renew') {
    const by = [d.decisionReference, d.decidedBy].filter((t) => t !== '').join(', ')
    return [
      'Anslutningen förnyas.',
      `Nytt ledningsbeslut ${d.decisionDate ? `den ${formatProseDate(d.decisionDate)}` : '(datum saknas)'}${by ? ` (${by})` : ''}.`,
      ...county
    ]
  }
  return [
    'Anslutningen avslutas.',
    `Sista dag ${d.endedOn ? `är den ${formatProseDate(d.endedOn)}` : '(datum saknas)'}.`,
    `Skäl: ${d.reason || '(ej angivet)'}`,
    ...county
  ]
}

/** The subjects that were worked on or assessed, in the evaluation's order (delmål first). */
export function reportAssessment(evaluation: Evaluation, subjects: readonly EvaluationSubject[]): ReportAssessment {
  const byKey = new Map(evaluation.assessments.map((a) => [subjectKey(a.subject), a]))
  const rows = subjects
    .filter((s) => s.workedOn || byKey.has(s.key))
    .map((s) => {
      const a = byKey.get(s.key)
      return {
        label: s.label,
        actions: s.counts.total,
        level: a?.level ?? null,
        levelLabel: a?.level ? `${a.level} – ${assessmentLevelLabels[a.level]}` : 'Ej bedömt',
        comment: a?.comment ?? ''
      }
    })
  return {
    status: evaluationStatusLabels[evaluation.status],
    completed: evaluation.status === 'completed',
    rows,
    conclusions: evaluation.conclusions,
    decision: decisionText(evaluation),
    decidedAt: evaluation.decidedAt
  }
}
