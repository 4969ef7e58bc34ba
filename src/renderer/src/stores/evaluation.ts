import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { useDatabase } from '@/data/database-instance'
import { completeEvaluation } from '@/data/evaluation-completion'
import { loadEvaluationContext, saveEvaluationDraft, type EvaluationContextData } from '@/data/evaluation-repository'
import { loadCountySummaryInput, loadEvaluationReportInput } from '@/data/report-loaders'
import { loadKeyMeasureChoices } from '@/data/statistics/key-measure-setting'
import { countySummary } from '@/domain/county-summary/county-summary'
import type { EvaluationDraft } from '@/domain/evaluation/evaluation'
import { evaluationReport } from '@/domain/evaluation/evaluation-report'
import { validateEvaluationDraft } from '@/domain/evaluation/evaluation-validation'
import { useAppStore } from './app'
import { useMembersStore } from './members'

/** The evaluation of one period, its report, and the county's lägesrapport. */
export const useEvaluationStore = defineStore('evaluation', () => {
  const app = useAppStore()
  const context = shallowRef<EvaluationContextData | null>(null)
  /** 0–1 while a report PDF is being made. */
  const progress = ref<number | null>(null)

  async function load(periodId: string): Promise<void> {
    context.value = await loadEvaluationContext(useDatabase(), periodId, app.today)
  }

  async function saveDraft(periodId: string, draft: EvaluationDraft) {
    const result = await saveEvaluationDraft(useDatabase(), periodId, draft, app.today)
    await load(periodId)
    return result
  }

  /** What stops the draft from being completed, checked before the user is asked to confirm (the same check as completing). */
  function checkCompletion(draft: EvaluationDraft) {
    if (!context.value) throw new Error('Utvärderingen är inte inläst.')
    return validateEvaluationDraft(draft, { ...context.value, today: app.today }, 'complete')
  }

  /** Completes the evaluation and its decision; a renewal starts the next period in the same transaction. */
  async function complete(periodId: string, draft: EvaluationDraft) {
    const result = await completeEvaluation(useDatabase(), periodId, draft, app.today)
    await Promise.all([load(periodId), useMembersStore().load()])
    return result
  }

  async function withProgress(
    make: (onProgress: (fraction: number) => void) => Promise<Uint8Array>
  ): Promise<Uint8Array> {
    progress.value = 0
    try {
      return await make((fraction) => (progress.value = fraction))
    } finally {
      progress.value = null
    }
  }

  async function save(name: string, bytes: Uint8Array, extension: 'pdf' | 'xlsx'): Promise<string> {
    const filters =
      extension === 'pdf' ? [{ name: 'PDF', extensions: ['pdf'] }] : [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }]
    const saved = await app.requirePlatform().saveFile(name, bytes, filters)
    return saved.status === 'saved' ? `Rapporten sparades: ${saved.path}.` : ''
  }

  /** Makes the utvärderingsrapport (optionally PDF/A-2b for archiving) off the main thread and saves it. */
  async function saveReport(periodId: string, archival: boolean, caseNumber = ''): Promise<string> {
    const db = useDatabase()
    const input = await loadEvaluationReportInput(db, periodId, await loadKeyMeasureChoices(db), app.today)
    const report = evaluationReport({ ...input, caseNumber })
    const { evaluationReportPdfInWorker } = await import('@/io/pdf/report-pdf-client')
    const bytes = await withProgress((onProgress) => evaluationReportPdfInWorker(report, { archival, onProgress }))
    return save(`Utvärderingsrapport ${input.member.name} period ${input.period.number}.pdf`, bytes, 'pdf')
  }

  /** The lägesrapport for a year, as PDF or .xlsx. */
  async function saveCountySummary(year: number, format: 'pdf' | 'xlsx', caseNumber = ''): Promise<string> {
    const summary = countySummary({ ...(await loadCountySummaryInput(useDatabase(), year, app.today)), caseNumber })
    if (format === 'xlsx') {
      const { countySummaryFileName, exportCountySummary } = await import('@/io/excel/county-summary-export')
      return save(countySummaryFileName(year, 'xlsx'), await exportCountySummary(summary), 'xlsx')
    }
    const [{ countySummaryPdfInWorker }, { countySummaryFileName }] = await Promise.all([
      import('@/io/pdf/report-pdf-client'),
      import('@/io/excel/county-summary-export')
    ])
    const bytes = await withProgress((onProgress) => countySummaryPdfInWorker(summary, { onProgress }))
    return save(countySummaryFileName(year, 'pdf'), bytes, 'pdf')
  }

  return { context, progress, load, saveDraft, checkCompletion, complete, saveReport, saveCountySummary }
})
