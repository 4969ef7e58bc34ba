import { errorMessage } from '@/domain/error-message'
import { ref } from 'vue'
import type { DatasetRecord } from '@/data/records'
import { comparisonTsv } from '@/domain/statistics/comparison-columns'
import type { MeasureComparison } from '@/domain/statistics/measure-comparison'
import { useStatisticsStore } from '@/stores/statistics'

/**
 * "Kopiera" and "Exportera till Excel" for a comparison. Where the clipboard
 * cannot be written (no permission, an old browser) the text is handed to the
 * view to show for copying by hand.
 */
export function useComparisonOutput(current: () => { comparison: MeasureComparison; dataset: DatasetRecord } | null) {
  const store = useStatisticsStore()
  const message = ref<{ kind: 'success' | 'error'; text: string } | null>(null)
  const manualCopyText = ref('')
  const exporting = ref(false)

  async function copy(): Promise<void> {
    const shown = current()
    if (!shown) return
    message.value = null
    manualCopyText.value = ''
    const text = comparisonTsv(shown.comparison)
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      message.value = {
        kind: 'success',
        text: 'Tabellen är kopierad. Klistra in den i Excel, Word eller ett e-postmeddelande.'
      }
    } catch {
      manualCopyText.value = text
    }
  }

  async function exportXlsx(): Promise<void> {
    const shown = current()
    if (!shown) return
    exporting.value = true
    message.value = null
    try {
      const path = await store.exportComparison(shown.comparison, shown.dataset)
      if (path) message.value = { kind: 'success', text: `Tabellen sparades som ${path}.` }
    } catch (error) {
      message.value = { kind: 'error', text: `Tabellen kunde inte exporteras: ${errorMessage(error)}. Försök igen.` }
    } finally {
      exporting.value = false
    }
  }

  return { message, manualCopyText, exporting, copy, exportXlsx }
}
