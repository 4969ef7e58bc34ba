import { describe, expect, it } from 'vitest'
import { followUpsNeedingAttention, followUpState, isFollowUpDone, openFollowUps } from '@/domain/dialogues/follow-up'
import { dialogue, today } from './dialogue-fixtures'

describe('follow-up state', () => {
  it('is overdue after the date, due from 14 days before up to the day, upcoming before that', () => {
    expect(followUpState('2026-11-22', today)).toBe('overdue')
    expect(followUpState('2026-11-23', today)).toBe('due')
    expect(followUpState('2026-12-07', today)).toBe('due')
    expect(followUpState('2026-12-08', today)).toBe('upcoming')
    expect(followUpState('2026-12-08', today, 30)).toBe('due')
  })
})

describe('open follow-ups', () => {
  it('closes a follow-up when the member has a later dialogue, of any kind', () => {
    const asked = dialogue('m1', '2026-09-01', '2026-10-01')
    const later = dialogue('m1', '2026-10-15', null)
    expect(isFollowUpDone(asked, [asked, later])).toBe(true)
    expect(openFollowUps([asked, later], today)).toEqual([])
  })

  it('does not close it with a dialogue of another member or one held the same day', () => {
    const asked = dialogue('m1', '2026-09-01', '2026-10-01', 'a')
    const sameDay = dialogue('m1', '2026-09-01', null, 'b')
    const otherMember = dialogue('m2', '2026-11-01', null)
    const open = openFollowUps([asked, sameDay, otherMember], today)
    expect(open.map((f) => [f.memberId, f.followUpOn, f.state, f.daysLeft])).toEqual([
      ['m1', '2026-10-01', 'overdue', -53]
    ])
    expect(open[0]!.dialogue.id).toBe('a')
  })

  it('gives each member at most one follow-up, the latest dialogue’s, most urgent first', () => {
    const dialogues = [
      dialogue('m1', '2026-06-01', '2026-07-01'),
      dialogue('m1', '2026-08-01', '2026-12-01'), // replaces the July follow-up
      dialogue('m2', '2026-10-01', '2026-11-10'),
      dialogue('m3', '2026-10-01', '2027-03-01'),
      dialogue('m4', '2026-11-20', null) // nothing planned
    ]
    expect(openFollowUps(dialogues, today).map((f) => [f.memberId, f.state])).toEqual([
      ['m2', 'overdue'],
      ['m1', 'due'],
      ['m3', 'upcoming']
    ])
    const attention = followUpsNeedingAttention(dialogues, today)
    expect(attention.overdue.map((f) => f.memberId)).toEqual(['m2'])
    expect(attention.due.map((f) => f.memberId)).toEqual(['m1'])
  })

  it('takes the earliest follow-up when two dialogues on the latest day both ask for one', () => {
    const open = openFollowUps(
      [dialogue('m1', '2026-11-01', '2027-01-10', 'x'), dialogue('m1', '2026-11-01', '2026-12-01', 'y')],
      today
    )
    expect(open.map((f) => f.dialogue.id)).toEqual(['y'])
  })

  it('lets a planned dialogue neither close a follow-up nor ask for one until it is held', () => {
    const asked = dialogue('m1', '2026-10-01', '2026-11-01')
    const booked = dialogue('m1', '2026-12-10', '2027-01-15', 'booked', 'planned')
    expect(isFollowUpDone(asked, [asked, booked])).toBe(false)
    expect(openFollowUps([asked, booked], today).map((f) => [f.dialogue.id, f.state])).toEqual([[asked.id, 'overdue']])
    const held = { ...booked, date: '2026-11-20', status: 'held' as const }
    expect(openFollowUps([asked, held], today).map((f) => f.dialogue.id)).toEqual(['booked'])
  })
})
