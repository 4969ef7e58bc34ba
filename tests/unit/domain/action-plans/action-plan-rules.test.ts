import { describe, expect, it } from 'vitest'
import {
  deleteActionProblem,
  establishProblem,
  reopenProblem,
  validateActionPlanDraft
} from '@/domain/action-plans/action-plan-rules'
import { createPeriod } from '@/domain/members/membership-period'
import { plan, today } from './action-fixtures'

const period = createPeriod({
  id: 'p1',
  memberId: 'm1',
  decision: { decisionDate: '2024-03-15', decisionReference: '', decidedBy: '' }
})

describe('action plan status rules', () => {
  it('establishes a draft with at least one action on a date between the decision and today', () => {
    expect(
      establishProblem({ plan: plan(), actionCount: 1, establishedOn: '2026-11-23', period, today })
    ).toBeUndefined()
    expect(
      establishProblem({ plan: plan(), actionCount: 3, establishedOn: '2024-03-15', period, today })
    ).toBeUndefined()
  })

  it('refuses a plan without actions, and says to add one', () => {
    expect(establishProblem({ plan: plan(), actionCount: 0, establishedOn: today, period, today })).toBe(
      'En insatsplan kan fastställas först när den har minst en insats. Lägg till en insats och försök igen.'
    )
  })

  it('refuses a date after today, before the period’s decision, or not a date', () => {
    expect(establishProblem({ plan: plan(), actionCount: 1, establishedOn: '2026-11-24', period, today })).toMatch(
      /efter dagens datum 2026-11-23/
    )
    expect(establishProblem({ plan: plan(), actionCount: 1, establishedOn: '2024-03-14', period, today })).toMatch(
      /före ledningsbeslutet för period 1 \(2024-03-15\)/
    )
    expect(establishProblem({ plan: plan(), actionCount: 1, establishedOn: '23/11', period, today })).toMatch(
      /ÅÅÅÅ-MM-DD/
    )
  })

  it('refuses to establish twice and to reopen a draft', () => {
    const established = plan({ status: 'established', establishedOn: '2026-10-01' })
    expect(establishProblem({ plan: established, actionCount: 2, establishedOn: today, period, today })).toBe(
      'Insatsplanen är redan fastställd (2026-10-01).'
    )
    expect(reopenProblem(plan())).toBe('Insatsplanen är redan ett utkast.')
    expect(reopenProblem(established)).toBeUndefined()
  })

  it('keeps at least one action in an established plan', () => {
    const established = plan({ status: 'established', establishedOn: '2026-10-01' })
    expect(deleteActionProblem(established, 1)).toMatch(/enda i en fastställd insatsplan/)
    expect(deleteActionProblem(established, 2)).toBeUndefined()
    expect(deleteActionProblem(plan(), 1)).toBeUndefined()
  })

  it('validates the plan form', () => {
    expect(validateActionPlanDraft({ ambitionLevel: 'leading', ambition: '  Snabb takt  ' })).toEqual({
      ok: true,
      fields: { ambitionLevel: 'leading', ambition: 'Snabb takt' }
    })
    const bad = validateActionPlanDraft({ ambitionLevel: 'max' as never, ambition: 'x'.repeat(4001) })
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(['ambition', 'ambitionLevel'])
  })
})
