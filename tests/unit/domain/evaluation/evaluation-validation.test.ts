import { describe, expect, it } from 'vitest'
import { focusAreaWords } from '@/domain/county-words'
import type { Action } from '@/domain/action-plans/action'
import { emptyEvaluationDraft, evaluationToDraft, type EvaluationDraft } from '@/domain/evaluation/evaluation'
import { evaluationSubjects } from '@/domain/evaluation/evaluation-subjects'
import {
  assessmentRequirement,
  validateEvaluationDraft,
  type EvaluationContext
} from '@/domain/evaluation/evaluation-validation'
import { createPeriod } from '@/domain/members/membership-period'

const today = '2026-11-23'
const focusAreas = [
  { id: 'fa-economy', name: 'Ekonomisk jämställdhet och jämställd arbetsmarknad' },
  { id: 'fa-health', name: 'Jämställd hälsa' }
]

function action(overrides: Partial<Action>): Action {
  return {
    id: 'a1',
    actionPlanId: 'p',
    memberId: 'm',
    periodId: 'period-1',
    title: 'Lönekartläggning',
    description: '',
    goals: [2],
    focusAreaIds: ['fa-economy'],
    responsible: '',
    startDate: '2024-05-01',
    dueDate: null,
    status: 'done',
    progressNotes: [],
    statisticsTarget: null,
    ...overrides
  }
}

const actions = [
  action({}),
  action({ id: 'a2', title: 'Våldsprevention i skolan', goals: [5, 6], focusAreaIds: [], status: 'inProgress' }),
  action({ id: 'a3', title: 'Inställd mässa', goals: [1], focusAreaIds: ['gone'], status: 'cancelled' })
]
const period = createPeriod({
  id: 'period-1',
  memberId: 'm',
  decision: { decisionDate: '2023-11-20', decisionReference: 'KS 2023/1', decidedBy: 'Kommunstyrelsen' }
})
const context: EvaluationContext = {
  subjects: evaluationSubjects(actions, focusAreas, today),
  period,
  periods: [period],
  today
}

function completeDraft(overrides: Partial<EvaluationDraft> = {}): EvaluationDraft {
  const worked = context.subjects.filter((s) => s.workedOn)
  return {
    ...emptyEvaluationDraft(),
    assessments: worked.map((s, i) => ({ subject: s.subject, level: (i % 3) + 1, comment: `Bedömning av ${s.label}` })),
    conclusions: 'Arbetet har kommit långt; lönekartläggningen är en del av årshjulet.',
    outcome: 'renew',
    decisionDate: '2026-11-02',
    decisionReference: 'KS 2026/87',
    decidedBy: 'Kommunstyrelsen',
    ...overrides
  }
}

describe('evaluation subjects', () => {
  it('lists all six delmål with what the actions did, then the focus areas worked on; cancelled-only subjects need no assessment', () => {
    const subjects = context.subjects
    expect(subjects.map((s) => s.key)).toEqual([
      'goal:1',
      'goal:2',
      'goal:3',
      'goal:4',
      'goal:5',
      'goal:6',
      'focusArea:fa-economy',
      'focusArea:gone'
    ])
    expect(subjects.filter((s) => s.workedOn).map((s) => s.key)).toEqual([
      'goal:2',
      'goal:5',
      'goal:6',
      'focusArea:fa-economy'
    ])
    expect(subjects[1]).toMatchObject({
      label: 'Delmål 2: Ekonomisk jämställdhet',
      actions: [{ title: 'Lönekartläggning', status: 'done' }]
    })
    expect(subjects[7]!.label).toBe('Fokusområde som inte längre finns i länsprofilen')
  })

  it('names a removed area and an area without actions in the county’s own word', () => {
    const focusWords = focusAreaWords({ singular: 'strategiskt insatsområde', plural: 'strategiska insatsområden' })
    const subjects = evaluationSubjects(actions, focusAreas, today, focusWords)
    expect(subjects[7]!.label).toBe('Strategiskt insatsområde som inte längre finns i länsprofilen')
    const draft = {
      ...emptyEvaluationDraft(),
      assessments: [{ subject: { kind: 'focusArea' as const, focusAreaId: 'no-actions' }, level: 2, comment: 'Bra' }]
    }
    const result = validateEvaluationDraft(draft, { ...context, subjects, focusWords }, 'complete')
    expect(!result.ok && result.errors.assessments?.['focusArea:no-actions']).toBe(
      'Det här är ett strategiskt insatsområde utan insatser under perioden. Ta bort bedömningen eller koppla en insats till det.'
    )
  })
})

describe('validateEvaluationDraft', () => {
  it('saves an empty draft', () => {
    const result = validateEvaluationDraft(emptyEvaluationDraft(), context, 'draft')
    expect(result).toEqual({
      ok: true,
      fields: { assessments: [], conclusions: '', decision: null, countyCaseNumber: '' }
    })
  })

  it('refuses a level outside 1–3 even in a draft', () => {
    const draft = {
      ...emptyEvaluationDraft(),
      assessments: [{ subject: { kind: 'goal' as const, goal: 2 as const }, level: 4, comment: '' }]
    }
    const result = validateEvaluationDraft(draft, context, 'draft')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.assessments?.['goal:2']).toMatch(/1 påbörjat, 2 etablerat eller 3 integrerat/)
  })

  it('asks for every subject worked on, the conclusions and the decision before completing', () => {
    const result = validateEvaluationDraft(emptyEvaluationDraft(), context, 'complete')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors.assessments!)).toEqual(['goal:2', 'goal:5', 'goal:6', 'focusArea:fa-economy'])
    expect(result.errors.assessments!['goal:2']).toBe(
      'Bedöm Delmål 2: Ekonomisk jämställdhet (1–3) – perioden hade insatser där.'
    )
    expect(result.errors.conclusions).toBe('Skriv de samlade slutsatserna av utvärderingen.')
    expect(result.errors.outcome).toBe('Välj om anslutningen ska förnyas eller avslutas.')
  })

  it('needs a comment with each assessment', () => {
    const draft = completeDraft()
    draft.assessments[0]!.comment = '  '
    const result = validateEvaluationDraft(draft, context, 'complete')
    expect(!result.ok && result.errors.assessments?.['goal:2']).toBe(
      'Skriv en kommentar till bedömningen av Delmål 2: Ekonomisk jämställdhet.'
    )
  })

  it('completes with a renewal, checked by the member register rules', () => {
    const ok = validateEvaluationDraft(completeDraft(), context, 'complete')
    expect(ok.ok && ok.fields.decision).toEqual({
      outcome: 'renew',
      decisionDate: '2026-11-02',
      decisionReference: 'KS 2026/87',
      decidedBy: 'Kommunstyrelsen',
      countyCaseNumber: ''
    })
    const future = validateEvaluationDraft(completeDraft({ decisionDate: '2026-12-01' }), context, 'complete')
    expect(!future.ok && future.errors.decisionDate).toMatch(/ligger efter dagens datum 2026-11-23/)
    const early = validateEvaluationDraft(completeDraft({ decisionDate: '2023-11-01' }), context, 'complete')
    expect(!early.ok && early.errors.decisionDate).toMatch(/efter beslutet för period 1 \(2023-11-20\)/)
  })

  it('completes with an ending that needs its date and reason', () => {
    const missing = validateEvaluationDraft(completeDraft({ outcome: 'end' }), context, 'complete')
    expect(!missing.ok && missing.errors).toMatchObject({
      endedOn: expect.stringMatching(/ÅÅÅÅ-MM-DD/),
      reason: expect.stringMatching(/Ange varför/)
    })
    const ok = validateEvaluationDraft(
      completeDraft({ outcome: 'end', endedOn: '2026-11-19', reason: 'Verksamheten valde att inte förnya.' }),
      context,
      'complete'
    )
    expect(ok.ok && ok.fields.decision).toEqual({
      outcome: 'end',
      endedOn: '2026-11-19',
      reason: 'Verksamheten valde att inte förnya.'
    })
  })

  it('refuses to complete the evaluation of a period that a later one has followed', () => {
    const next = createPeriod({
      id: 'period-2',
      memberId: 'm',
      decision: { decisionDate: '2026-10-01', decisionReference: '', decidedBy: '' },
      previous: period
    })
    const result = validateEvaluationDraft(completeDraft(), { ...context, periods: [period, next] }, 'complete')
    expect(!result.ok && result.errors.period).toBe(
      'Period 1 har redan följts av period 2. Utvärdera den senaste perioden i stället.'
    )
  })

  it('round-trips a stored evaluation through the form draft', () => {
    const result = validateEvaluationDraft(completeDraft(), context, 'complete')
    if (!result.ok) throw new Error('expected valid')
    const stored = {
      id: 'e',
      memberId: 'm',
      periodId: 'period-1',
      status: 'draft' as const,
      decidedAt: null,
      nextPeriodId: null,
      ...result.fields
    }
    expect(validateEvaluationDraft(evaluationToDraft(stored), context, 'complete')).toEqual(result)
  })
})

describe('what the form says each assessment needs', () => {
  it('asks for a level and a comment exactly where completing refuses without them, and calls the rest optional', () => {
    const missingComments = completeDraft({
      assessments: completeDraft().assessments.map((a) => ({ ...a, comment: '' }))
    })
    const result = validateEvaluationDraft(missingComments, context, 'complete')
    if (result.ok) throw new Error('expected the missing comments to be refused')
    const refused = Object.keys(result.errors.assessments ?? {})
    for (const subject of context.subjects) {
      const requirement = assessmentRequirement(subject)
      if (refused.includes(subject.key))
        expect(requirement, subject.key).toMatch(/^Krävs.*bedömning 1–3 och en kommentar/)
      else expect(requirement, subject.key).toMatch(/^Frivillig/)
    }
    expect(refused).toEqual(context.subjects.filter((s) => s.workedOn).map((s) => s.key))
  })
})
