import { defineStore } from 'pinia'
import type { CalendarEvent } from '@/domain/calendar/calendar-event'
import { eventsOfYear } from '@/domain/calendar/year-view'
import { eventsToIcs, icsBytes, icsFileName } from '@/io/calendar/event-calendar-export'
import type { FileFilter, SaveFileResult } from '@/platform/platform'
import { useAppStore } from './app'
import { useCalendarStore } from './calendar'
import { useCountyProfileStore } from './county-profile'
import { useMembersStore } from './members'
import { useNetworksStore } from './networks'

const icsFilter: FileFilter[] = [{ name: 'Kalenderfil (Outlook)', extensions: ['ics'] }]
const xlsxFilter: FileFilter[] = [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }]

/** The årshjul or one event as .ics, and the year as .xlsx, saved through the platform (save dialog or download). */
export const useCalendarExportStore = defineStore('calendarExport', () => {
  const app = useAppStore()
  const calendar = useCalendarStore()
  const profile = useCountyProfileStore()
  const networks = useNetworksStore()

  function ics(events: readonly CalendarEvent[], calendarName: string): Uint8Array {
    const context = {
      now: new Date().toISOString(),
      calendarName,
      focusAreas: profile.profile?.focusAreas ?? [],
      focusWords: profile.focusWords,
      networks: networks.networks
    }
    return icsBytes(eventsToIcs(events, context))
  }

  const strategy = () => profile.profile?.strategyName ?? 'Kugghjul'

  async function saveYearIcs(): Promise<SaveFileResult> {
    await networks.ensureLoaded()
    const year = calendar.year
    const bytes = ics(eventsOfYear(calendar.events, year), `Årshjul ${year} – ${strategy()}`)
    return app.requirePlatform().saveFile(icsFileName({ year }), bytes, icsFilter)
  }

  async function saveEventIcs(event: CalendarEvent): Promise<SaveFileResult> {
    await networks.ensureLoaded()
    return app
      .requirePlatform()
      .saveFile(icsFileName({ event }), ics([event], `${event.title} – ${strategy()}`), icsFilter)
  }

  async function saveYearXlsx(): Promise<SaveFileResult> {
    const members = useMembersStore()
    await Promise.all([networks.ensureLoaded(), members.ensureLoaded()])
    // ExcelJS is large; it is loaded the first time a workbook is written.
    const { exportEventYear, eventYearFileName } = await import('@/io/excel/event-year-export')
    const year = calendar.year
    const bytes = await exportEventYear({
      year,
      events: calendar.yearEvents,
      attendance: calendar.yearAttendance,
      nonMemberAttendance: await calendar.yearNonMembers(),
      members: members.members,
      networks: networks.networks,
      focusAreas: profile.profile?.focusAreas ?? [],
      focusWords: profile.focusWords,
      today: app.today
    })
    return app.requirePlatform().saveFile(eventYearFileName(year), bytes, xlsxFilter)
  }

  return { saveYearIcs, saveEventIcs, saveYearXlsx }
})
