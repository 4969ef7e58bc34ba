import { ref } from 'vue'
import { errorMessage } from '@/domain/error-message'
import type { MemberRow } from '@/domain/members/member-list'
import { useMemberFilesStore } from '@/stores/member-files'

/** The list's export button: busy while the .xlsx is made, then what happened, in Swedish. */
export function useMemberExport(rows: () => readonly MemberRow[]) {
  const files = useMemberFilesStore()
  const exporting = ref(false)
  const exportMessage = ref<{ kind: 'success' | 'error'; text: string } | null>(null)

  async function exportList(): Promise<void> {
    exporting.value = true
    exportMessage.value = null
    try {
      const result = await files.saveListXlsx(rows())
      if (result.status === 'saved')
        exportMessage.value = { kind: 'success', text: `Listan sparades som ${result.path}.` }
    } catch (error) {
      exportMessage.value = {
        kind: 'error',
        text: `Listan kunde inte exporteras: ${errorMessage(error)}. Försök igen.`
      }
    } finally {
      exporting.value = false
    }
  }

  return { exporting, exportMessage, exportList }
}
