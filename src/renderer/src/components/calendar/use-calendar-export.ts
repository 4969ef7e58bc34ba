import { errorMessage } from '@/domain/error-message'
import { ref } from 'vue'
import type { CalendarEvent } from '@/domain/calendar/calendar-event'
import { eventsOfYear } from '@/domain/calendar/year-view'
import { eventsToIcs, icsBytes, icsFileName } from '@/io/calendar/event-calendar-export'
import type { FileFilter } from '@/platform/platform'
import { useAppStore } from '@/stores/app'
import { useCalendarStore } from '@/stores/calendar'
import { useCountyProfileStore } from '@/stores/county-profile'
import { useMembersStore } from '@/stores/members'
import { useNetworksStore } from '@/stores/networks'

const icsFilter: FileFilter[] = [{ name: 'Kalenderfil (Outlook)', extensions: ['ics'] }]
const xlsxFilter: FileFilter[] = [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }]

/** Saves the årshjul or one event as .ics, and the year as .xlsx, through the platform (save dialog or download). */
export function useCalendarExport() {
  const app = useAppStore()
  const calendar = useCalendarStore()
  const profile = useCountyProfileStore()
  const networks = useNetworksStore()
  const exporting = ref(false)
  const exportMessage = ref<{ kind: 'success' | 'error'; text: string } | null>(null)

  async function save(what: string, make: () => Promise<{ name: string; bytes: Uint8Array; filters: FileFilter[] }>): Promise<void> {
    exporting.value = true
    exportMessage.value = null
    try {
      const file = await make()
      const result = await app.requirePlatform().saveFile(file.name, file.bytes, file.filters)
      if (result.status === 'saved') exportMessage.value = { kind: 'success', text: `${what} sparades som ${result.path}.` }
    } catch (error) {
      exportMessage.value = { kind: 'error', text: `${what} kunde inte exporteras: ${errorMessage(error)}. Försök igen.` }
    } finally {
      exporting.value = false
    }
  }

  function ics(events: readonly CalendarEvent[], calendarName: string): Uint8Array {
    const context = { now: new Date().toISOString(), calendarName, focusAreas: profile.profile?.focusAreas ?? [], networks: networks.networks }
    return icsBytes(eventsToIcs(events, context))
  }

  const strategy = () => profile.profile?.strategyName ?? 'Kugghjul'

  const exportYearIcs = () =>
    save('Kalenderfilen', async () => {
      await networks.ensureLoaded()
      const year = calendar.year
      return { name: icsFileName({ year }), bytes: ics(eventsOfYear(calendar.events, year), `Årshjul ${year} – ${strategy()}`), filters: icsFilter }
    })

  const exportEventIcs = (event: CalendarEvent) =>
    save('Kalenderfilen', async () => {
      await networks.ensureLoaded()
      return { name: icsFileName({ event }), bytes: ics([event], `${event.title} – ${strategy()}`), filters: icsFilter }
    })

  const exportYearXlsx = () =>
    save('Årshjulet', async () => {
      await Promise.all([networks.ensureLoaded(), useMembersStore().ensureLoaded()])
      const { exportEventYear, eventYearFileName } = await import('@/io/excel/event-year-export')
      const year = calendar.year
      const bytes = await exportEventYear({
        year,
        events: calendar.yearEvents,
        attendance: calendar.yearAttendance,
        members: useMembersStore().members,
        networks: networks.networks,
        focusAreas: profile.profile?.focusAreas ?? [],
        today: app.today
      })
      return { name: eventYearFileName(year), bytes, filters: xlsxFilter }
    })

  return { exporting, exportMessage, exportYearIcs, exportEventIcs, exportYearXlsx }
}
