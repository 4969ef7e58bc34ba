import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import {
  addProgressNote,
  createAction,
  deleteAction,
  removeProgressNote,
  restoreAction,
  setActionStatus,
  updateAction
} from '@/data/action-repository'
import {
  createActionPlan,
  establishActionPlan,
  loadActionPlan,
  reopenActionPlan,
  updateActionPlan
} from '@/data/action-plan-repository'
import type { KugghjulDatabase } from '@/data/database'
import { actionToDraft } from '@/domain/action-plans/action'
import { freshDatabase } from './fresh-database'
import { actionDraft, kalmarWithMember, today } from './member-work-fixtures'

async function planFor(db: KugghjulDatabase) {
  const { member, period } = await kalmarWithMember(db)
  const created = await createActionPlan(db, period.id, { ambitionLevel: 'advanced', ambition: 'Två insatser per år' })
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  return { member, period, plan: created.value }
}

describe('action plans in the database', () => {
  it('creates one draft plan per period and refuses a second', async () => {
    const db = freshDatabase()
    const { member, period, plan } = await planFor(db)
    expect(plan).toMatchObject({ memberId: member.id, periodId: period.id, status: 'draft', establishedOn: null })
    const again = await createActionPlan(db, period.id, { ambitionLevel: 'basic', ambition: '' })
    expect(!again.ok && again.errors.periodId).toBe(
      'Verksamheten har redan en insatsplan för period 1. Öppna den i stället för att skapa en ny.'
    )
    const edited = await updateActionPlan(db, plan.id, { ambitionLevel: 'leading', ambition: 'Snabbare takt' })
    expect(edited.ok && [edited.value.ambitionLevel, edited.value.status]).toEqual(['leading', 'draft'])
  })

  it('establishes a plan only with an action, reopens it, and logs every step under the member', async () => {
    const db = freshDatabase()
    const { member, plan } = await planFor(db)
    const empty = await establishActionPlan(db, plan.id, today, today)
    expect(!empty.ok && empty.errors.establishedOn).toMatch(/minst en insats/)
    await createAction(db, plan.id, actionDraft(), today)
    const established = await establishActionPlan(db, plan.id, '2026-11-20', today)
    expect(established.ok && [established.value.status, established.value.establishedOn]).toEqual([
      'established',
      '2026-11-20'
    ])
    const reopened = await reopenActionPlan(db, plan.id)
    expect(reopened.ok && [reopened.value.status, reopened.value.establishedOn]).toEqual(['draft', null])
    const summaries = (await auditEntriesFor(db, 'actionPlan', member.id)).map((e) => e.summary)
    expect(summaries).toContain('Insatsplanen för period 1 fastställdes 2026-11-20 med 1 insatser.')
    expect(summaries).toContain('Insatsplanen för period 1 ändrades från fastställd (2026-11-20) till utkast.')
  })

  it('adds, edits and completes actions under the status rules', async () => {
    const db = freshDatabase()
    const { plan } = await planFor(db)
    const early = await createAction(db, plan.id, actionDraft({ startDate: '2027-01-10', status: 'done' }), today)
    expect(!early.ok && early.errors.status).toMatch(/kan inte vara genomförd innan den har startat/)
    const created = await createAction(db, plan.id, actionDraft({ goals: [1, 5] }), today)
    if (!created.ok) throw new Error('setup')
    expect(created.value).toMatchObject({
      actionPlanId: plan.id,
      memberId: plan.memberId,
      periodId: plan.periodId,
      goals: [1, 5],
      progressNotes: []
    })
    const done = await setActionStatus(db, created.value.id, 'done', today)
    expect(done.ok && done.value.status).toBe('done')
    const renamed = await updateAction(
      db,
      created.value.id,
      { ...actionToDraft(created.value), title: 'Ny titel', status: 'done' },
      today
    )
    expect(renamed.ok && renamed.value.title).toBe('Ny titel')
    expect((await loadActionPlan(db, plan.memberId, plan.periodId))?.actions.map((a) => a.title)).toEqual(['Ny titel'])
  })

  it('keeps progress notes in date order and can remove one', async () => {
    const db = freshDatabase()
    const { plan } = await planFor(db)
    const created = await createAction(db, plan.id, actionDraft(), today)
    if (!created.ok) throw new Error('setup')
    await addProgressNote(db, created.value.id, { date: '2026-11-01', text: 'Andra mötet' }, today)
    const noted = await addProgressNote(db, created.value.id, { date: '2026-10-01', text: 'Första mötet' }, today)
    expect(noted.ok && noted.value.progressNotes.map((n) => n.text)).toEqual(['Första mötet', 'Andra mötet'])
    const future = await addProgressNote(db, created.value.id, { date: '2026-12-01', text: 'x' }, today)
    expect(future.ok).toBe(false)
    const removed = await removeProgressNote(db, created.value.id, noted.ok ? noted.value.progressNotes[0]!.id : '')
    expect(removed.progressNotes.map((n) => n.text)).toEqual(['Andra mötet'])
  })

  it('deletes an action and restores it exactly, but keeps the last action of an established plan', async () => {
    const db = freshDatabase()
    const { member, plan } = await planFor(db)
    const a = await createAction(db, plan.id, actionDraft({ title: 'A' }), today)
    const b = await createAction(db, plan.id, actionDraft({ title: 'B' }), today)
    if (!a.ok || !b.ok) throw new Error('setup')
    await addProgressNote(db, a.value.id, { date: '2026-10-01', text: 'Start' }, today)
    await establishActionPlan(db, plan.id, today, today)
    const before = await db.actions.get(a.value.id)
    const deleted = await deleteAction(db, a.value.id)
    if (!deleted.ok) throw new Error('delete refused')
    const last = await deleteAction(db, b.value.id)
    expect(!last.ok && last.errors.action).toMatch(/enda i en fastställd insatsplan/)
    expect(await db.actions.count()).toBe(1)
    await restoreAction(db, deleted.value)
    expect(await db.actions.get(a.value.id)).toEqual(before)
    const actions = (await auditEntriesFor(db, 'action', member.id)).map((e) => e.action)
    expect(actions.filter((x) => x === 'delete' || x === 'restore').sort()).toEqual(['delete', 'restore'])
  })
})
