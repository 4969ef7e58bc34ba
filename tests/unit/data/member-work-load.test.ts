import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { loadAllDialogues } from '@/data/dialogue-repository'
import { loadCountyFollowUp, loadMemberWork } from '@/data/member-work-loaders'
import { actionsByGoal, countyActionCounts } from '@/domain/action-plans/action-summary'
import { planCoverage } from '@/domain/action-plans/plan-coverage'
import { groupBy } from '@/domain/group-by'
import { openFollowUps } from '@/domain/dialogues/follow-up'
import { generateMembers } from '@/domain/test-data/member-generator'
import { generateMemberWork } from '@/domain/test-data/work-generator'
import { freshDatabase, today } from './fresh-database'

/**
 * A unit-level probe of the issue's volume (1,000 members, 10,000 dialogues,
 * 5,000 actions) on fake-indexeddb, which is slower than Chromium's
 * IndexedDB. It prints its timings; the bounds only catch a lost index
 * (a member's page scanning every table) or a quadratic aggregation.
 */
const stamp = <T extends object>(rows: readonly T[]) => rows.map((r) => ({ ...r, createdAt: '2026-11-23T08:00:00.000Z', updatedAt: '2026-11-23T08:00:00.000Z' }))

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now()
  const value = await work()
  return { value, ms: performance.now() - start }
}

describe('loading 1,000 members, 10,000 dialogues and 5,000 actions', () => {
  it('opens a member’s work and the county view quickly', { timeout: 120_000 }, async () => {
    const register = generateMembers({ seed: 2026, count: 1000, countyCode: '08', today })
    const work = generateMemberWork({ seed: 2026, ...register, today, focusAreaIds: ['f1', 'f2'], dialogueCount: 10_000, actionCount: 5_000 })
    const db = freshDatabase()
    const seeding = await timed(() =>
      db.transaction('rw', [db.members, db.membershipPeriods, db.dialogues, db.actionPlans, db.actions], async () => {
        await db.members.bulkAdd(stamp(register.members))
        await db.membershipPeriods.bulkAdd(stamp(register.periods))
        await db.dialogues.bulkAdd(stamp(work.dialogues))
        await db.actionPlans.bulkAdd(stamp(work.plans))
        await db.actions.bulkAdd(stamp(work.actions))
      })
    )
    const busiest = [...groupBy(work.actions, (a) => a.memberId)].sort((a, b) => b[1].length - a[1].length)[0]![0]

    await loadMemberWork(db, busiest) // warm-up, as a screen after start-up
    const member = await timed(() => loadMemberWork(db, busiest))
    const memberGroups = await timed(() => actionsByGoal(member.value.actions, today))
    const county = await timed(() => loadCountyFollowUp(db))
    const countyTables = await timed(() => ({
      counts: countyActionCounts(county.value.actions),
      coverage: planCoverage(county.value.members, county.value.periods, county.value.plans, today)
    }))
    const followUps = await timed(async () => openFollowUps(await loadAllDialogues(db), today))

    const figures = {
      seed: seeding.ms,
      memberLoad: member.ms,
      memberGroups: memberGroups.ms,
      countyLoad: county.ms,
      countyTables: countyTables.ms,
      followUps: followUps.ms
    }
    console.log(`member-work load probe (ms): ${Object.entries(figures).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}; busiest member: ${member.value.dialogues.length} dialogues, ${member.value.actions.length} actions`)

    expect(member.value.actions.length).toBeGreaterThan(5)
    expect(county.value.actions).toHaveLength(5000)
    expect(countyTables.value.counts.distinct.total).toBe(5000)
    expect(followUps.value.length).toBeGreaterThan(0)
    expect(member.ms).toBeLessThan(200)
    expect(memberGroups.ms + countyTables.ms).toBeLessThan(200)
  })
})
