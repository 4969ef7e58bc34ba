import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  loadAttendanceOfEvents,
  loadEventAttendance,
  removeAttendance,
  setAttendance
} from '@/data/attendance-repository'
import { useDatabase } from '@/data/database-instance'
import {
  loadEventRegistrations,
  restoreInvitationStatus,
  setInvitationStatus
} from '@/data/event-registration-repository'
import { createEvent, deleteEvent, loadEventsBetween, restoreEvent, updateEvent } from '@/data/event-repository'
import { loadParticipation } from '@/data/member-work-loaders'
import {
  addNonMemberAttendance,
  loadEventNonMembers,
  loadNonMembersOfEvents,
  removeNonMemberAttendance,
  restoreNonMemberAttendance,
  type NonMemberDraft
} from '@/data/non-member-attendance-repository'
import type { AttendanceRecord, EventRecord } from '@/data/records'
import type { AttendanceDraft } from '@/domain/calendar/attendance'
import type { CalendarEventDraft } from '@/domain/calendar/calendar-event'
import { invitationChangeSummary, type InvitationStatus } from '@/domain/calendar/invitations'
import type { EventListFilter, EventSort } from '@/domain/calendar/event-list'
import { participationReport } from '@/domain/calendar/participation'
import { eventsOfYear } from '@/domain/calendar/year-view'
import { useAppStore } from './app'
import { useUndoStore } from './undo'

/** Every event the rules allow lies in 2000–2100, so this range is the whole calendar. */
const FIRST_DAY = '2000-01-01'
const LAST_DAY = '2100-12-31'

/**
 * The årshjul in memory: all events (a county holds tens a year, so they are
 * loaded once), the attendance of the chosen year's events, and the screen's
 * choices (year, view, filters), kept while the user visits an event.
 */
export const useCalendarStore = defineStore('calendar', () => {
  const app = useAppStore()
  const events = shallowRef<EventRecord[]>([])
  const yearAttendance = shallowRef<AttendanceRecord[]>([])
  const loaded = ref(false)
  const year = ref(Number(app.today.slice(0, 4)))
  const view = ref<'year' | 'list'>('year')
  const listFilter = ref<EventListFilter>({ kind: '', networkId: '', focusAreaId: '' })
  const listSort = ref<EventSort>({ key: 'date', direction: 'asc' })

  const eventsById = computed(() => new Map(events.value.map((e) => [e.id, e])))
  const yearEvents = computed(() => eventsOfYear(events.value, year.value))
  /** Years with events, this year and the chosen one, newest last. */
  const years = computed(() => {
    const set = new Set([
      Number(app.today.slice(0, 4)),
      year.value,
      ...events.value.map((e) => Number(e.date.slice(0, 4)))
    ])
    return [...set].sort((a, b) => a - b)
  })

  async function loadYearAttendance(): Promise<void> {
    yearAttendance.value = await loadAttendanceOfEvents(
      useDatabase(),
      yearEvents.value.map((e) => e.id)
    )
  }

  async function load(): Promise<void> {
    events.value = await loadEventsBetween(useDatabase(), FIRST_DAY, LAST_DAY)
    loaded.value = true
    await loadYearAttendance()
  }

  async function ensureLoaded(): Promise<void> {
    if (!loaded.value) await load()
  }

  async function chooseYear(next: number): Promise<void> {
    year.value = next
    await loadYearAttendance()
  }

  /** Runs a write, then reloads so every view is right. */
  async function write<T>(action: () => Promise<T>): Promise<T> {
    const result = await action()
    await load()
    return result
  }

  const create = (draft: CalendarEventDraft) => write(() => createEvent(useDatabase(), draft, app.today))
  const update = (id: string, draft: CalendarEventDraft) =>
    write(() => updateEvent(useDatabase(), id, draft, app.today))

  /** Deletes the event with its attendance and offers Ångra, which puts both back. */
  async function remove(id: string): Promise<void> {
    const deleted = await write(() => deleteEvent(useDatabase(), id))
    useUndoStore().offer({
      message: `Aktiviteten "${deleted.event.title}" togs bort.`,
      undo: async () => void (await write(() => restoreEvent(useDatabase(), deleted)))
    })
  }

  const attendanceOf = (eventId: string) => loadEventAttendance(useDatabase(), eventId)
  const recordAttendance = (eventId: string, memberId: string, draft: AttendanceDraft) =>
    write(() => setAttendance(useDatabase(), eventId, memberId, draft, app.today))

  /** Removes a member's attendance and offers Ångra; `after` runs after the removal and after an undo. */
  async function removeMemberAttendance(
    eventId: string,
    memberId: string,
    memberName: string,
    after: () => Promise<void>
  ): Promise<void> {
    const removed = await write(() => removeAttendance(useDatabase(), eventId, memberId))
    await after()
    if (!removed) return
    useUndoStore().offer({
      message: `Deltagandet för ${memberName} togs bort.`,
      undo: async () => {
        await recordAttendance(eventId, memberId, removed)
        await after()
      }
    })
  }

  const nonMembersOf = (eventId: string) => loadEventNonMembers(useDatabase(), eventId)
  /** The chosen year's participants from no member organisation, read when asked for (the .xlsx). */
  const yearNonMembers = () =>
    loadNonMembersOfEvents(
      useDatabase(),
      yearEvents.value.map((e) => e.id)
    )
  const addNonMembers = (eventId: string, draft: NonMemberDraft) =>
    write(() => addNonMemberAttendance(useDatabase(), eventId, draft, app.today))

  /** Removes a row of non-member participants and offers Ångra; `after` runs after the removal and after an undo. */
  async function removeNonMembers(rowId: string, after: () => Promise<void>): Promise<void> {
    const removed = await write(() => removeNonMemberAttendance(useDatabase(), rowId))
    await after()
    if (!removed) return
    useUndoStore().offer({
      message: 'Raden med deltagare utanför anslutna verksamheter togs bort.',
      undo: async () => {
        await write(() => restoreNonMemberAttendance(useDatabase(), removed))
        await after()
      }
    })
  }

  const registrationsOf = (eventId: string) => loadEventRegistrations(useDatabase(), eventId)

  /**
   * Moves invited members to a status (their attendance follows) and offers Ångra, which puts back what they
   * had; `after` runs after the change and after an undo. Returns a Swedish message when the change is refused.
   */
  async function changeInvitationStatus(
    eventId: string,
    memberIds: readonly string[],
    target: InvitationStatus,
    after: () => Promise<void>
  ): Promise<string | undefined> {
    const result = await write(() => setInvitationStatus(useDatabase(), eventId, memberIds, target, app.today))
    await after()
    if (!result.ok) return result.error
    const { changed } = result
    if (changed.memberIds.length === 0) return undefined
    useUndoStore().offer({
      message: invitationChangeSummary(changed.memberIds.length, target),
      undo: async () => {
        await write(() => restoreInvitationStatus(useDatabase(), changed))
        await after()
      }
    })
    return undefined
  }

  /** Participation in events dated from `from` to `to`, by sex and by member type. */
  async function participation(from: string, to: string) {
    return participationReport({ ...(await loadParticipation(useDatabase(), from, to)), from, to })
  }

  return {
    events,
    yearAttendance,
    loaded,
    year,
    view,
    listFilter,
    listSort,
    eventsById,
    yearEvents,
    years,
    load,
    ensureLoaded,
    chooseYear,
    create,
    update,
    remove,
    attendanceOf,
    recordAttendance,
    removeMemberAttendance,
    nonMembersOf,
    yearNonMembers,
    addNonMembers,
    removeNonMembers,
    registrationsOf,
    changeInvitationStatus,
    participation
  }
})
