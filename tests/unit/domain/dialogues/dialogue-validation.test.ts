import { describe, expect, it } from 'vitest'
import { dialogueToDraft } from '@/domain/dialogues/dialogue'
import { resolveDialoguePeriod, validateDialogueDraft } from '@/domain/dialogues/dialogue-validation'
import { createPeriod } from '@/domain/members/membership-period'
import { dialogueDraft, focusAreas, period1, today } from './dialogue-fixtures'

const context = { today, periods: [period1], focusAreas }

describe('validateDialogueDraft', () => {
  it('returns the stored fields: trimmed, period from the date, goals in order, blank participant rows dropped', () => {
    const result = validateDialogueDraft(
      dialogueDraft({
        date: ' 2026-10-01 ',
        goals: [6, 2, 6],
        participants: [
          { name: ' Åsa Öberg ', role: 'Strateg' },
          { name: '', role: ' ' }
        ],
        nextFollowUpOn: '2026-12-01'
      }),
      context
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.fields).toMatchObject({
      periodId: 'p1',
      date: '2026-10-01',
      goals: [2, 6],
      participants: [{ name: 'Åsa Öberg', role: 'Strateg' }],
      nextFollowUpOn: '2026-12-01'
    })
  })

  it('refuses a date after today, a follow-up not after the dialogue, and says what to do', () => {
    const future = validateDialogueDraft(dialogueDraft({ date: '2026-11-24' }), context)
    expect(!future.ok && future.errors.date).toBe(
      'Datumet 2026-11-24 ligger efter dagens datum 2026-11-23. Välj status Planerad för en bokad dialog, eller ändra datumet.'
    )
    const planned = validateDialogueDraft(dialogueDraft({ date: '2026-11-24', status: 'planned' }), context)
    expect(planned.ok && planned.fields.status).toBe('planned')
    const sameDay = validateDialogueDraft(dialogueDraft({ date: '2026-10-01', nextFollowUpOn: '2026-10-01' }), context)
    expect(!sameDay.ok && sameDay.errors.nextFollowUpOn).toMatch(/efter dialogens datum 2026-10-01/)
    const badDate = validateDialogueDraft(dialogueDraft({ date: '1/10 2026' }), context)
    expect(!badDate.ok && badDate.errors.date).toBe('Ange dialogens datum som ÅÅÅÅ-MM-DD, t.ex. 2026-11-23.')
  })

  it('wants a name on every participant row that has a role, and known goals and focus areas', () => {
    const result = validateDialogueDraft(
      dialogueDraft({ participants: [{ name: '', role: 'HR-chef' }], goals: [7], focusAreaIds: ['gone'] }),
      context
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.participants).toEqual({ 0: 'Ange deltagarens namn, eller ta bort raden.' })
    expect(result.errors.goals).toMatch(/delmål finns inte/)
    expect(result.errors.focusAreaIds).toMatch(/fokusområde finns inte längre/)
  })

  it('keeps a focus area that was removed from the profile on a dialogue that already had it', () => {
    const first = validateDialogueDraft(dialogueDraft({ focusAreaIds: ['fa-health'] }), context)
    if (!first.ok) throw new Error('setup')
    const stored = { ...first.fields, id: 'd1', memberId: 'm1' }
    const edited = validateDialogueDraft(dialogueToDraft(stored), {
      ...context,
      focusAreas: focusAreas.filter((f) => f.id !== 'fa-health'),
      existing: stored
    })
    expect(edited.ok && edited.fields.focusAreaIds).toEqual(['fa-health'])
  })

  it('refuses a period of another member and a member without periods', () => {
    const other = validateDialogueDraft(dialogueDraft({ periodId: 'p-other' }), context)
    expect(!other.ok && other.errors.periodId).toMatch(/hör inte till verksamheten/)
    const none = validateDialogueDraft(dialogueDraft(), { ...context, periods: [] })
    expect(!none.ok && none.errors.periodId).toMatch(/Registrera ledningsbeslutet först/)
  })
})

describe('resolveDialoguePeriod', () => {
  const p2 = createPeriod({
    id: 'p2',
    memberId: 'm1',
    decision: { decisionDate: '2026-12-01', decisionReference: '', decidedBy: '' },
    previous: period1
  })
  it('takes the covering period, the next to start before period 1, and the latest after them all', () => {
    expect(resolveDialoguePeriod([period1, p2], '2025-01-01')?.id).toBe('p1')
    expect(resolveDialoguePeriod([period1, p2], '2024-02-01')?.id).toBe('p1') // before the decision: prepares period 1
    expect(resolveDialoguePeriod([period1, p2], '2027-04-01')?.id).toBe('p2')
    expect(resolveDialoguePeriod([period1, p2], '2031-01-01')?.id).toBe('p2')
    expect(resolveDialoguePeriod([], '2025-01-01')).toBeUndefined()
  })
})
