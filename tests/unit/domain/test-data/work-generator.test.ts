import { describe, expect, it } from 'vitest'
import { actionToDraft } from '@/domain/action-plans/action'
import { validateActionDraft } from '@/domain/action-plans/action-validation'
import { attendanceTotal } from '@/domain/calendar/attendance'
import { calendarEventToDraft } from '@/domain/calendar/calendar-event'
import { validateEventDraft } from '@/domain/calendar/event-validation'
import { dialogueToDraft } from '@/domain/dialogues/dialogue'
import { validateDialogueDraft } from '@/domain/dialogues/dialogue-validation'
import { generateMembers } from '@/domain/test-data/member-generator'
import { generateMemberWork } from '@/domain/test-data/work-generator'

const today = '2026-11-23'
const focusAreas = [
  { id: 'f1', name: 'Ekonomisk jämställdhet' },
  { id: 'f2', name: 'Jämställd hälsa' }
]

function generate(seed: number, count = 40, dialogueCount = 200, actionCount = 100) {
  const register = generateMembers({ seed, count, countyCode: '08', today })
  return {
    register,
    work: generateMemberWork({
      seed,
      ...register,
      today,
      focusAreaIds: focusAreas.map((f) => f.id),
      dialogueCount,
      actionCount
    })
  }
}

describe('generated dialogues, plans, actions and årshjul', () => {
  it('makes exactly the asked-for numbers, the same every time', () => {
    const a = generate(11)
    expect(a.work.dialogues).toHaveLength(200)
    expect(a.work.actions).toHaveLength(100)
    expect(generate(11).work).toEqual(a.work)
    expect(generate(12).work.dialogues[0]).not.toEqual(a.work.dialogues[0])
  })

  it('gives every member with a period at least one dialogue when there are enough', () => {
    const { register, work } = generate(3)
    const withPeriods = new Set(register.periods.map((p) => p.memberId))
    expect(new Set(work.dialogues.map((d) => d.memberId))).toEqual(withPeriods)
  })

  it('follows the domain rules: dialogues, actions and events pass their own validation', () => {
    const { register, work } = generate(5)
    for (const d of work.dialogues) {
      const periods = register.periods.filter((p) => p.memberId === d.memberId)
      const result = validateDialogueDraft(dialogueToDraft(d), { today, periods, focusAreas })
      expect(result.ok && result.fields.periodId).toBe(d.periodId)
    }
    for (const a of work.actions) expect(validateActionDraft(actionToDraft(a), { today, focusAreas }).ok).toBe(true)
    for (const e of work.events)
      expect(validateEventDraft(calendarEventToDraft(e), { today, focusAreas }).ok).toBe(true)
  })

  it('keeps plans one per period, with at least one action when established', () => {
    const { work } = generate(8)
    expect(new Set(work.plans.map((p) => p.periodId)).size).toBe(work.plans.length)
    for (const plan of work.plans.filter((p) => p.status === 'established')) {
      expect(work.actions.some((a) => a.actionPlanId === plan.id)).toBe(true)
      expect(plan.establishedOn! <= today).toBe(true)
    }
  })

  it('records attendance only for past events and invited members, with at least one participant each', () => {
    const { work } = generate(9)
    const events = new Map(work.events.map((e) => [e.id, e]))
    const networkMembers = new Map(work.networks.map((n) => [n.id, n.memberIds]))
    expect(work.attendance.length).toBeGreaterThan(0)
    for (const a of work.attendance) {
      const event = events.get(a.eventId)!
      expect(event.date <= today).toBe(true)
      const invited = [...event.invitedMemberIds, ...event.invitedNetworkIds.flatMap((id) => networkMembers.get(id)!)]
      expect(invited).toContain(a.memberId)
      expect(attendanceTotal(a)).toBeGreaterThan(0)
    }
  })
})
