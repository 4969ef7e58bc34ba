import { errorMessage } from '@/domain/error-message'
import { ref } from 'vue'
import type { MemberRow } from '@/domain/members/member-list'
import { useAppStore } from '@/stores/app'

/** Exports the rows the list shows to .xlsx and saves through the platform (save dialog or download). */
export function useMemberExport(rows: () => readonly MemberRow[]) {
  const app = useAppStore()
  const exporting = ref(false)
  const exportMessage = ref<{ kind: 'success' | 'error'; text: string } | null>(null)

  async function exportList(): Promise<void> {
    exporting.value = true
    exportMessage.value = null
    try {
      const { exportMemberList } = await import('@/io/excel/member-list-export')
      const bytes = await exportMemberList(rows(), app.today)
      const result = await app.requirePlatform().saveFile(`Anslutna verksamheter ${app.today}.xlsx`, bytes, [
        { name: 'Excel-arbetsbok', extensions: ['xlsx'] }
      ])
      if (result.status === 'saved') exportMessage.value = { kind: 'success', text: `Listan sparades som ${result.path}.` }
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
