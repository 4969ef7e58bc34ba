import { ref } from 'vue'
import type { CalendarEvent } from '@/domain/calendar/calendar-event'
import { errorMessage } from '@/domain/error-message'
import type { SaveFileResult } from '@/platform/platform'
import { useCalendarExportStore } from '@/stores/calendar-export'

/** The årshjul's export buttons: busy while a file is made, then what happened, in Swedish. */
export function useCalendarExport() {
  const store = useCalendarExportStore()
  const exporting = ref(false)
  const exportMessage = ref<{ kind: 'success' | 'error'; text: string } | null>(null)

  async function save(what: string, saveFile: () => Promise<SaveFileResult>): Promise<void> {
    exporting.value = true
    exportMessage.value = null
    try {
      const result = await saveFile()
      if (result.status === 'saved')
        exportMessage.value = { kind: 'success', text: `${what} sparades som ${result.path}.` }
    } catch (error) {
      exportMessage.value = {
        kind: 'error',
        text: `${what} kunde inte exporteras: ${errorMessage(error)}. Försök igen.`
      }
    } finally {
      exporting.value = false
    }
  }

  const exportYearIcs = () => save('Kalenderfilen', () => store.saveYearIcs())
  const exportEventIcs = (event: CalendarEvent) => save('Kalenderfilen', () => store.saveEventIcs(event))
  const exportYearXlsx = () => save('Årshjulet', () => store.saveYearXlsx())

  return { exporting, exportMessage, exportYearIcs, exportEventIcs, exportYearXlsx }
}
