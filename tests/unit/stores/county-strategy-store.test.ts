import 'fake-indexeddb/auto' // before Dexie loads
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { validateCountyProfile } from '@/domain/county-profile'
import { countyStrategies } from '@/domain/county-strategies'
import { strategyTitle } from '@/domain/strategy-title'
import { useCountyProfileStore } from '@/stores/county-profile'
import { useMemberWorkStore } from '@/stores/member-work'
import { actionDraft, dialogueDraft, kalmarWithMember } from '../data/member-work-fixtures'
import { storeTestSetup } from './store-setup'

const { db } = storeTestSetup()

describe('county strategy in the profile store', () => {
  it('keeps the earlier strategies and the perspectives after a restart, with the current strategy in the header', async () => {
    await kalmarWithMember(db())
    const store = useCountyProfileStore()
    await store.load()
    const next = {
      ...store.profile!,
      earlierStrategies: [{ id: 's1', name: 'Ett jämställt Kalmar län', startYear: 2017, endYear: 2022 }],
      perspectives: ['humanRights' as const, 'agenda2030' as const]
    }
    expect(validateCountyProfile(next)).toEqual({})
    await store.save(next)

    setActivePinia(createPinia())
    const again = useCountyProfileStore()
    await again.load()
    expect(
      countyStrategies(again.profile!).map((s) => `${s.startYear}–${s.endYear}${s.current ? ' aktuell' : ''}`)
    ).toEqual(['2017–2022', '2023–2027 aktuell'])
    expect(strategyTitle(again.profile!)).toBe('Ett jämställt Kalmar län 2023–2027')
    expect(again.perspectiveNames(['agenda2030', 'humanRights'])).toBe('Mänskliga rättigheter, Agenda 2030')
  })

  it('tags a dialogue and an action with perspectives, and shows them only while the profile has them on', async () => {
    const { member, period } = await kalmarWithMember(db())
    const profile = useCountyProfileStore()
    await profile.load()
    await profile.save({ ...profile.profile!, perspectives: ['discriminationGrounds'] })
    const work = useMemberWorkStore()
    await work.load(member.id)

    const dialogue = await work.saveDialogue(dialogueDraft({ perspectives: ['discriminationGrounds'] }))
    if (!dialogue.ok) throw new Error(JSON.stringify(dialogue.errors))
    const plan = await work.createPlan(period.id, { ambitionLevel: 'basic', ambition: '' })
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors))
    const action = await work.saveAction(plan.value.id, actionDraft({ perspectives: ['discriminationGrounds'] }))
    if (!action.ok) throw new Error(JSON.stringify(action.errors))

    expect(work.work.dialogues[0]!.perspectives).toEqual(['discriminationGrounds'])
    expect(profile.perspectiveNames(work.work.dialogues[0]!.perspectives)).toBe('Diskrimineringsgrunderna')
    expect(profile.perspectiveNames(work.work.actions[0]!.perspectives)).toBe('Diskrimineringsgrunderna')

    await profile.save({ ...profile.profile!, perspectives: [] })
    expect(profile.perspectiveNames(work.work.dialogues[0]!.perspectives)).toBe('')
    // Turning the perspective off hides the tag; it stays stored, so turning it on again brings it back.
    expect((await db().dialogues.toArray())[0]!.perspectives).toEqual(['discriminationGrounds'])
  })
})
