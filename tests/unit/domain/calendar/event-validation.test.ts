import { describe, expect, it } from 'vitest'
import { emptyCalendarEventDraft, calendarEventToDraft, eventDates } from '@/domain/calendar/calendar-event'
import { normaliseTime, validateEventDraft } from '@/domain/calendar/event-validation'
import { eventsByMonth, eventsOfYear } from '@/domain/calendar/year-view'
import { focusAreas } from '../dialogues/dialogue-fixtures'
import { calendarEvent, today } from './calendar-fixtures'

const context = { today, focusAreas }
const draft = (overrides = {}) => ({
  ...emptyCalendarEventDraft('2027-02-10'),
  title: 'Nätverksträff jämställd hälsa',
  startTime: '9:30',
  endTime: '12.00',
  link: 'www.example.se/mote',
  ...overrides
})

describe('event rules', () => {
  it('normalises times and links, and keeps future dates', () => {
    const result = validateEventDraft(draft({ goals: [5, 5], networkId: '' }), context)
    expect(
      result.ok && [
        result.fields.startTime,
        result.fields.endTime,
        result.fields.link,
        result.fields.goals,
        result.fields.networkId
      ]
    ).toEqual(['09:30', '12:00', 'https://www.example.se/mote', [5], null])
  })

  it('is all-day with no times, and wants both or neither', () => {
    const allDay = validateEventDraft(draft({ startTime: '', endTime: '' }), context)
    expect(allDay.ok && [allDay.fields.startTime, allDay.fields.endTime]).toEqual([null, null])
    const half = validateEventDraft(draft({ endTime: '' }), context)
    expect(!half.ok && half.errors.endTime).toBe(
      'Ange både start- och sluttid, eller lämna båda tomma för en heldagsaktivitet.'
    )
    const backwards = validateEventDraft(draft({ startTime: '13:00', endTime: '12:00' }), context)
    expect(!backwards.ok && backwards.errors.endTime).toBe('Sluttiden måste vara efter starttiden 13:00.')
    expect(normaliseTime('24:00')).toBeUndefined()
    expect(normaliseTime('0905')).toBe('09:05')
  })

  it('may span several days: the end date is kept when after the date, dropped when the same, refused when before', () => {
    const conference = validateEventDraft(draft({ endDate: '2027-02-12', startTime: '', endTime: '' }), context)
    expect(conference.ok && conference.fields.endDate).toBe('2027-02-12')
    const overnight = validateEventDraft(
      draft({ endDate: '2027-02-11', startTime: '13:00', endTime: '12:00' }),
      context
    )
    expect(overnight.ok && [overnight.fields.startTime, overnight.fields.endTime]).toEqual(['13:00', '12:00'])
    const sameDay = validateEventDraft(draft({ endDate: '2027-02-10' }), context)
    expect(sameDay.ok && sameDay.fields.endDate).toBeUndefined()
    const before = validateEventDraft(draft({ endDate: '2027-02-09' }), context)
    expect(!before.ok && before.errors.endDate).toBe(
      'Slutdatumet kan inte vara före aktivitetens första dag 2027-02-10.'
    )
    const noDate = validateEventDraft(draft({ endDate: '12 feb' }), context)
    expect(!noDate.ok && noDate.errors.endDate).toMatch(/^Ange slutdatum som ÅÅÅÅ-MM-DD/)
  })

  it('shows one day or the span', () => {
    expect(eventDates({ date: '2027-02-10' })).toBe('2027-02-10')
    expect(eventDates({ date: '2027-02-10', endDate: '2027-02-12' })).toBe('2027-02-10 – 2027-02-12')
  })

  it('wants a title and a date, and a link that is a web address', () => {
    const result = validateEventDraft(draft({ title: '', date: '2027-02-30', link: 'inte en länk' }), context)
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['date', 'link', 'title'])
  })

  it('round-trips through the draft', () => {
    const event = calendarEvent('e1', '2027-03-01', {
      invitedMemberIds: ['m1'],
      networkId: 'n1',
      link: 'https://example.se'
    })
    const again = validateEventDraft(calendarEventToDraft(event), context)
    expect(again.ok && { ...again.fields, id: 'e1' }).toEqual(event)
  })
})

describe('year view', () => {
  it('groups a year’s events by month in date and time order, with empty months', () => {
    const events = [
      calendarEvent('b', '2026-03-05', { startTime: '13:00', endTime: '15:00' }),
      calendarEvent('a', '2026-03-05', { startTime: '09:00', endTime: '10:00' }),
      calendarEvent('allday', '2026-03-05', { startTime: null, endTime: null }),
      calendarEvent('dec', '2026-12-31'),
      calendarEvent('other-year', '2027-01-01')
    ]
    const months = eventsByMonth(events, 2026)
    expect(months).toHaveLength(12)
    expect(months[2]!.name).toBe('mars')
    expect(months[2]!.events.map((e) => e.id)).toEqual(['allday', 'a', 'b'])
    expect(months[11]!.events.map((e) => e.id)).toEqual(['dec'])
    expect(months[0]!.events).toEqual([])
    expect(eventsOfYear(events, 2026).map((e) => e.id)).toEqual(['allday', 'a', 'b', 'dec'])
  })
})
