import { describe, expect, it } from 'vitest'
import type { Evaluation } from '@/domain/evaluation/evaluation'
import { evaluationFormDraft } from '@/domain/evaluation/evaluation-form'
import { evaluationSubjects } from '@/domain/evaluation/evaluation-subjects'
import { createPeriod } from '@/domain/members/membership-period'

const focusAreas = [{ id: 'fa-health', name: 'Jämställd hälsa' }]
const subjects = evaluationSubjects([], focusAreas, '2026-11-23') // the six delmål
// 2023-11-20 – 2026-11-19
const period = createPeriod({
  id: 'p1',
  memberId: 'm',
  decision: { decisionDate: '2023-11-20', decisionReference: '', decidedBy: '' }
})

function saved(overrides: Partial<Evaluation>): Evaluation {
  return {
    id: 'e1',
    memberId: 'm',
    periodId: 'p1',
    status: 'draft',
    assessments: [],
    conclusions: '',
    decision: null,
    decidedAt: null,
    nextPeriodId: null,
    ...overrides
  }
}

describe('the evaluation form', () => {
  it('has one assessment row per subject, in the subjects’ order, keeping what was saved', () => {
    const evaluation = saved({ assessments: [{ subject: { kind: 'goal', goal: 3 }, level: 2, comment: 'Etablerat' }] })
    const draft = evaluationFormDraft(evaluation, subjects, period, '2026-10-01')
    expect(draft.assessments.map((a) => [a.subject, a.level, a.comment])).toEqual(
      subjects.map((s) => [s.subject, s.key === 'goal:3' ? 2 : null, s.key === 'goal:3' ? 'Etablerat' : ''])
    )
  })

  it('proposes today for a renewal decision and as the last day while the period runs', () => {
    const draft = evaluationFormDraft(null, subjects, period, '2026-10-01')
    expect([draft.decisionDate, draft.endedOn]).toEqual(['2026-10-01', '2026-10-01'])
  })

  it('proposes the period’s end date as the last day once it has run out (an ending falls within its period)', () => {
    const draft = evaluationFormDraft(null, subjects, period, '2026-11-23')
    expect([draft.decisionDate, draft.endedOn]).toEqual(['2026-11-23', '2026-11-19'])
  })

  it('keeps a saved decision', () => {
    const evaluation = saved({ decision: { outcome: 'end', endedOn: '2026-06-30', reason: 'Valde att inte förnya' } })
    const draft = evaluationFormDraft(evaluation, subjects, period, '2026-11-23')
    expect([draft.outcome, draft.endedOn, draft.reason]).toEqual(['end', '2026-06-30', 'Valde att inte förnya'])
  })
})
