import { emptyCalendarEventDraft, type CalendarEvent } from '@/domain/calendar/calendar-event'
import type { Attendance } from '@/domain/calendar/attendance'

export const today = '2026-11-23'

export function calendarEvent(id: string, date: string, overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  const { endDate: _oneDay, ...draft } = emptyCalendarEventDraft(date)
  return {
    ...draft,
    id,
    title: `Aktivitet ${id}`,
    startTime: '09:00',
    endTime: '12:00',
    goals: [],
    networkId: null,
    ...overrides
  }
}

export function attendance(
  eventId: string,
  memberId: string,
  women: number,
  men: number,
  unknown: number,
  nonBinary = 0
): Attendance {
  return { id: `${eventId}-${memberId}`, eventId, memberId, women, men, nonBinary, unknown }
}
