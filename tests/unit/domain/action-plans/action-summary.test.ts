import { describe, expect, it } from 'vitest'
import {
  actionsByGoal,
  countByStatus,
  countyActionCounts,
  planGoalSections
} from '@/domain/action-plans/action-summary'
import { goalList } from '@/domain/national-goals'
import { planCoverage } from '@/domain/action-plans/plan-coverage'
import { generateMembers } from '@/domain/test-data/member-generator'
import { createPeriod } from '@/domain/members/membership-period'
import type { Member } from '@/domain/members/member'
import { action, plan, today } from './action-fixtures'

describe('actions grouped by delmål', () => {
  const actions = [
    action('done', [2]),
    action('inProgress', [2, 6], { dueDate: '2026-10-01' }), // late
    action('planned', [6]),
    action('cancelled', [1])
  ]

  it('lists all six goals with their actions and status counts; an action on two goals counts under both', () => {
    const groups = actionsByGoal(actions, today)
    expect(groups.map((g) => g.goal.number)).toEqual([1, 2, 3, 4, 5, 6])
    expect(groups[1]!.counts).toEqual({ planned: 0, inProgress: 1, done: 1, cancelled: 0, total: 2 })
    expect(groups[1]!.late).toBe(1)
    expect(groups[5]!.actions.map((a) => a.status)).toEqual(['inProgress', 'planned'])
    expect(groups[2]!.counts.total).toBe(0)
  })

  it('shows each action once on the plan, under its first delmål, and names it under the later one', () => {
    const sections = planGoalSections(actions, today)
    expect(sections.map((g) => g.goal.number)).toEqual([1, 2, 6])
    const shown = sections.flatMap((g) => g.actions.map((a) => a.status))
    expect(shown.sort()).toEqual(['cancelled', 'done', 'inProgress', 'planned']) // four actions, four cards
    expect(sections[2]!.actions.map((a) => a.status)).toEqual(['planned'])
    expect(sections[2]!.sharedWithEarlier.map((a) => a.status)).toEqual(['inProgress'])
    expect(sections[2]!.counts.total).toBe(2) // counts stay per goal
    expect(goalList([2, 6])).toBe('2. Ekonomisk jämställdhet; 6. Mäns våld mot kvinnor ska upphöra')
  })

  it('counts the county’s actions per goal and status, and each action once in the distinct row', () => {
    const { byGoal, distinct } = countyActionCounts(actions)
    expect(byGoal.map((r) => r.counts.total)).toEqual([1, 2, 0, 0, 0, 2])
    expect(byGoal[5]!.counts).toEqual({ planned: 1, inProgress: 1, done: 0, cancelled: 0, total: 2 })
    expect(distinct).toEqual(countByStatus(actions))
    expect(distinct.total).toBe(4)
  })
})

describe('members without a plan for their current period', () => {
  const decision = (decisionDate: string) => ({ decisionDate, decisionReference: '', decidedBy: '' })
  const member = (id: string, archived = false): Member => ({
    ...generateMembers({ seed: 1, count: 1, countyCode: '08', today }).members[0]!,
    id,
    archivedAt: archived ? '2026-01-01T00:00:00.000Z' : null
  })

  it('sorts current members into without plan, draft only and established; leaves out archived, ended and waiting ones', () => {
    const p = (id: string, memberId: string, date: string) => createPeriod({ id, memberId, decision: decision(date) })
    const ended = { ...p('pE', 'mE', '2025-01-01'), ending: { endedOn: '2026-06-30', reason: 'Avslutad' } }
    const periods = [
      p('pA', 'mA', '2025-01-01'),
      p('pB', 'mB', '2025-01-01'),
      p('pC', 'mC', '2025-01-01'),
      p('pD', 'mD', '2022-01-01'),
      ended,
      p('pX', 'mX', '2025-01-01')
    ]
    const plans = [
      plan({ id: 'x1', memberId: 'mB', periodId: 'pB' }),
      plan({ id: 'x2', memberId: 'mC', periodId: 'pC', status: 'established', establishedOn: '2025-03-01' })
    ]
    const members = ['mA', 'mB', 'mC', 'mD', 'mE'].map((id) => member(id)).concat(member('mX', true))
    const coverage = planCoverage(members, periods, plans, today)
    expect(coverage.withoutPlan.map((e) => e.member.id)).toEqual(['mA'])
    expect(coverage.draftOnly.map((e) => [e.member.id, e.plan?.id])).toEqual([['mB', 'x1']])
    expect(coverage.established.map((e) => e.member.id)).toEqual(['mC'])
  })

  it('uses the renewal once it has started, so last period’s plan no longer counts', () => {
    const first = createPeriod({ id: 'p1', memberId: 'mA', decision: decision('2023-06-01') })
    const second = createPeriod({ id: 'p2', memberId: 'mA', decision: decision('2026-05-01'), previous: first })
    const coverage = planCoverage(
      [member('mA')],
      [first, second],
      [plan({ memberId: 'mA', periodId: 'p1', status: 'established', establishedOn: '2023-09-01' })],
      today
    )
    expect(coverage.withoutPlan.map((e) => e.period.id)).toEqual(['p2'])
  })
})
