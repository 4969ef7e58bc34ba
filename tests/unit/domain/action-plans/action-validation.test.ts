import { describe, expect, it } from 'vitest'
import {
  validateActionDraft,
  validateProgressNote,
  statisticsTargetProblem
} from '@/domain/action-plans/action-validation'
import { focusAreas } from '../dialogues/dialogue-fixtures'
import { actionDraft, today } from './action-fixtures'

const context = { today, focusAreas }

describe('action rules', () => {
  it('saves a valid action with goals in order and an empty due date as null', () => {
    const result = validateActionDraft(
      actionDraft({ goals: [6, 1], dueDate: '', focusAreaIds: ['fa-violence', 'fa-economy'] }),
      context
    )
    expect(result.ok && [result.fields.goals, result.fields.dueDate, result.fields.focusAreaIds]).toEqual([
      [1, 6],
      null,
      ['fa-economy', 'fa-violence']
    ])
  })

  it('cannot be genomförd or pågå before its start date, but can be planerad or inställd', () => {
    const done = validateActionDraft(actionDraft({ startDate: '2026-12-01', status: 'done' }), context)
    expect(!done.ok && done.errors.status).toBe(
      'En insats kan inte vara genomförd innan den har startat. Startdatumet är 2026-12-01 – ändra startdatumet eller statusen.'
    )
    const running = validateActionDraft(actionDraft({ startDate: '2026-12-01', status: 'inProgress' }), context)
    expect(!running.ok && running.errors.status).toMatch(/kan inte pågå innan den har startat/)
    expect(validateActionDraft(actionDraft({ startDate: '2026-12-01', status: 'cancelled' }), context).ok).toBe(true)
    expect(validateActionDraft(actionDraft({ startDate: today, status: 'done' }), context).ok).toBe(true)
  })

  it('wants a title, at least one delmål, a start date and a due date not before it', () => {
    const result = validateActionDraft(
      actionDraft({ title: ' ', goals: [], startDate: '2026-09-01', dueDate: '2026-08-31' }),
      context
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.title).toMatch(/Ange insatsens namn/)
    expect(result.errors.goals).toBe('Välj minst ett av de nationella delmålen som insatsen bidrar till.')
    expect(result.errors.dueDate).toMatch(/före startdatumet 2026-09-01/)
    const noStart = validateActionDraft(actionDraft({ startDate: '' }), context)
    expect(!noStart.ok && noStart.errors.startDate).toMatch(/Ange startdatum/)
  })

  it('checks a statistics target only when one is given', () => {
    expect(statisticsTargetProblem(null)).toBeUndefined()
    const target = {
      datasetId: 'ds1',
      measure: 'Andel chefer',
      regionCode: '0880',
      sex: 'women' as const,
      targetValue: 50,
      targetYear: 2027
    }
    expect(statisticsTargetProblem(target)).toBeUndefined()
    expect(statisticsTargetProblem({ ...target, measure: '' })).toMatch(/Välj tabell, mått och område/)
    expect(statisticsTargetProblem({ ...target, targetYear: 27 })).toMatch(/målåret/)
    expect(statisticsTargetProblem({ ...target, targetValue: Number.NaN })).toMatch(/målvärdet/)
  })

  it('checks progress notes: text and a date not after today', () => {
    expect(validateProgressNote({ date: '2026-11-01', text: ' Första workshop hållen. ' }, today)).toEqual({
      ok: true,
      note: { date: '2026-11-01', text: 'Första workshop hållen.' }
    })
    const bad = validateProgressNote({ date: '2026-12-01', text: '' }, today)
    expect(!bad.ok && bad.errors).toEqual({
      date: expect.stringMatching(/efter dagens datum/),
      text: 'Skriv vad som har hänt i insatsen.'
    })
  })
})
