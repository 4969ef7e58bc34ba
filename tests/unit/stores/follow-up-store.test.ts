import 'fake-indexeddb/auto' // before Dexie loads
import { describe, expect, it } from 'vitest'
import { useFollowUpStore } from '@/stores/follow-up'
import { useMemberWorkStore } from '@/stores/member-work'
import { useMembersStore } from '@/stores/members'
import { kommunDraft } from '../data/fresh-database'
import { dialogueDraft, kalmarWithMember } from '../data/member-work-fixtures'
import { storeTestSetup } from './store-setup'

const { db } = storeTestSetup()

describe('follow-up store', () => {
  it('lists overdue and due follow-ups of members in the register, and none of archived members', async () => {
    const kalmar = await kalmarWithMember(db())
    const members = useMembersStore()
    const created = await members.create(kommunDraft({ name: 'Nybro kommun', orgNumber: '212000-0761' }), {
      decisionDate: '2024-05-01',
      decisionReference: '',
      decidedBy: ''
    })
    if (!created.ok) throw new Error(JSON.stringify(created.errors))
    const work = useMemberWorkStore()
    for (const [id, followUp] of [
      [kalmar.member.id, '2026-11-01'],
      [created.value.member.id, '2026-11-30']
    ] as const) {
      await work.load(id)
      const saved = await work.saveDialogue(dialogueDraft({ nextFollowUpOn: followUp }))
      if (!saved.ok) throw new Error(JSON.stringify(saved.errors))
    }

    const store = useFollowUpStore()
    await store.load()
    const names = () =>
      [...store.followUps.overdue, ...store.followUps.due].map((f) => members.rowsById.get(f.memberId)?.member.name)
    expect(names()).toEqual(['Kalmar kommun', 'Nybro kommun'])
    expect(store.followUps.overdue.map((f) => f.followUpOn)).toEqual(['2026-11-01'])

    await members.archive(kalmar.member.id)
    expect(names()).toEqual(['Nybro kommun'])
  })
})
