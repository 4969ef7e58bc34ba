import 'fake-indexeddb/auto' // before Dexie loads
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import { useMemberWorkStore } from '@/stores/member-work'
import { useUndoStore } from '@/stores/undo'
import { actionDraft, kalmarWithMember } from '../data/member-work-fixtures'
import { storeTestSetup } from './store-setup'

const { db } = storeTestSetup()

/** Kalmar kommun's plan with one action and two progress notes, loaded in the store. */
async function actionWithNotes() {
  const { member, period } = await kalmarWithMember(db())
  const store = useMemberWorkStore()
  await store.load(member.id)
  const plan = await store.createPlan(period.id, { ambitionLevel: 'advanced', ambition: 'Två insatser per år' })
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors))
  const action = await store.saveAction(plan.value.id, actionDraft())
  if (!action.ok) throw new Error(JSON.stringify(action.errors))
  await store.addNote(action.value.id, { date: '2026-10-01', text: 'Första mötet' })
  await store.addNote(action.value.id, { date: '2026-11-01', text: 'Andra mötet' })
  return { store, actionId: action.value.id, memberId: member.id }
}

const notesOf = (store: ReturnType<typeof useMemberWorkStore>, actionId: string) =>
  store.work.actions.find((a) => a.id === actionId)?.progressNotes.map((n) => `${n.date} ${n.text}`)

describe('member work store', () => {
  it('removes a mistyped progress note, and Ångra puts the same note back in date order', async () => {
    const { store, actionId, memberId } = await actionWithNotes()
    const first = store.work.actions.find((a) => a.id === actionId)!.progressNotes[0]!

    await store.removeNote(actionId, first.id)
    expect(notesOf(store, actionId)).toEqual(['2026-11-01 Andra mötet'])
    const undo = useUndoStore()
    expect(undo.current?.message).toBe('Anteckningen 2026-10-01 togs bort.')

    await undo.undo()
    expect(undo.error).toBe('')
    expect(notesOf(store, actionId)).toEqual(['2026-10-01 Första mötet', '2026-11-01 Andra mötet'])
    expect(store.work.actions.find((a) => a.id === actionId)!.progressNotes[0]!.id).toBe(first.id)
    const audit = await auditEntriesFor(db(), 'action', memberId) // the member's history lists its actions' changes
    expect(audit.map((a) => a.summary)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Lägesanteckningen 2026-10-01 togs bort/),
        expect.stringMatching(/^Lägesanteckningen 2026-10-01 återställdes/)
      ])
    )
  })

  it('a note already gone offers nothing to undo', async () => {
    const { store, actionId } = await actionWithNotes()
    await store.removeNote(actionId, 'no-such-note')
    expect(notesOf(store, actionId)).toHaveLength(2)
    expect(useUndoStore().current).toBeNull()
  })
})
