import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createAction } from '@/data/action-repository'
import { createActionPlan } from '@/data/action-plan-repository'
import { createEvent } from '@/data/event-repository'
import { loadCountyProfile, saveCountyProfile } from '@/data/county-profile-repository'
import type { KugghjulDatabase } from '@/data/database'
import { dumpDatabase } from '@/data/backup/database-dump'
import { schemaInfo, validateRecords } from '@/data/backup/record-validation'
import { goalTieProblem } from '@/domain/action-plans/action-validation'
import {
  emptyCountyProfile,
  validateCountyProfile,
  withProfileDefaults,
  type CountyProfile
} from '@/domain/county-profile'
import { focusAreaWords } from '@/domain/county-words'
import { freshDatabase } from './fresh-database'
import { actionDraft, eventDraft, kalmarWithMember, today } from './member-work-fixtures'

const insatsomraden = { singular: 'strategiskt insatsområde', plural: 'strategiska insatsområden' }

function halland(overrides: Partial<CountyProfile> = {}): CountyProfile {
  return {
    ...emptyCountyProfile(),
    countyCode: '13',
    strategyName: 'Jämställdhet, mänskliga rättigheter och icke-diskriminering i Hallands län',
    strategyStartYear: 2023,
    strategyEndYear: 2027,
    focusAreas: [
      { id: 'ia-1', name: 'Makt och inflytande' },
      { id: 'ia-2', name: 'Våld i nära relationer' }
    ],
    focusAreaTerm: insatsomraden,
    nationalGoalRequired: false,
    ...overrides
  }
}

describe('what the county calls its areas', () => {
  it('gives every form of the word, and "fokusområde" for a profile saved before the word could be chosen', () => {
    expect(focusAreaWords(insatsomraden)).toEqual({
      one: 'strategiskt insatsområde',
      many: 'strategiska insatsområden',
      One: 'Strategiskt insatsområde',
      Many: 'Strategiska insatsområden'
    })
    const { focusAreaTerm: _term, nationalGoalRequired: _required, ...older } = halland()
    const upgraded = withProfileDefaults(older)
    expect(upgraded.focusAreaTerm).toEqual({ singular: 'fokusområde', plural: 'fokusområden' })
    expect(upgraded.nationalGoalRequired).toBe(true)
  })

  it('refuses an empty or overlong word, and names the county’s areas in its messages', () => {
    expect(validateCountyProfile(halland())).toEqual({})
    expect(
      validateCountyProfile(halland({ focusAreaTerm: { singular: 'temaområde', plural: ' ' } })).focusAreaTerm
    ).toMatch(/både i ental och flertal/)
    expect(
      validateCountyProfile(halland({ focusAreaTerm: { singular: 'x'.repeat(61), plural: 'y' } })).focusAreaTerm
    ).toMatch(/högst 60 tecken/)
    const twice = halland({
      focusAreas: [
        { id: 'a', name: 'Makt' },
        { id: 'b', name: 'makt' }
      ]
    })
    expect(validateCountyProfile(twice).focusAreas).toBe(
      'Två strategiska insatsområden har samma namn. Ge dem olika namn.'
    )
  })

  it('asks for a delmål when the profile requires one, and otherwise for a delmål or one of the county’s areas', () => {
    const areas = halland().focusAreas
    expect(goalTieProblem([], [], { focusAreas: areas })).toBe(
      'Välj minst ett av de nationella delmålen som insatsen bidrar till.'
    )
    expect(goalTieProblem([], ['ia-1'], { focusAreas: areas, nationalGoalRequired: true })).toMatch(
      /nationella delmålen/
    )
    expect(
      goalTieProblem([], [], { focusAreas: areas, focusAreaTerm: insatsomraden, nationalGoalRequired: false })
    ).toBe('Välj minst ett strategiskt insatsområde eller ett nationellt delmål som insatsen bidrar till.')
    expect(goalTieProblem([], ['ia-1'], { focusAreas: areas, nationalGoalRequired: false })).toBeUndefined()
    expect(goalTieProblem([], [], { focusAreas: [], nationalGoalRequired: false })).toBeUndefined()
    expect(goalTieProblem([3], [], { focusAreas: areas })).toBeUndefined()
  })
})

async function hallandPlan(db: KugghjulDatabase, profile: CountyProfile) {
  const { period } = await kalmarWithMember(db)
  await saveCountyProfile(db, profile)
  const plan = await createActionPlan(db, period.id, { ambitionLevel: 'basic', ambition: '' })
  if (!plan.ok) throw new Error('no plan')
  return plan.value
}

describe('the profile decides in the database', () => {
  it('saves an action without a delmål only when the profile makes the delmål optional', async () => {
    const db = freshDatabase()
    const plan = await hallandPlan(db, halland())
    const tied = await createAction(db, plan.id, actionDraft({ goals: [], focusAreaIds: ['ia-2'] }), today)
    expect(tied.ok && tied.value.goals).toEqual([])
    const loose = await createAction(
      db,
      plan.id,
      actionDraft({ title: 'Utan koppling', goals: [], focusAreaIds: [] }),
      today
    )
    expect(!loose.ok && loose.errors.goals).toMatch(/strategiskt insatsområde eller ett nationellt delmål/)

    await saveCountyProfile(db, halland({ nationalGoalRequired: true }))
    const required = await createAction(
      db,
      plan.id,
      actionDraft({ title: 'Kräver delmål', goals: [], focusAreaIds: ['ia-2'] }),
      today
    )
    expect(!required.ok && required.errors.goals).toMatch(/nationella delmålen/)
  })

  it('names the county’s areas when a chosen one is no longer in the profile (event and action forms)', async () => {
    const db = freshDatabase()
    const plan = await hallandPlan(db, halland())
    const message =
      'Ett valt strategiskt insatsområde finns inte längre i länsprofilen. Välj bland strategiska insatsområden i listan.'
    const event = await createEvent(db, eventDraft({ focusAreaIds: ['removed-area'] }), today)
    expect(!event.ok && event.errors.focusAreaIds).toBe(message)
    const action = await createAction(db, plan.id, actionDraft({ focusAreaIds: ['removed-area'] }), today)
    expect(!action.ok && action.errors.focusAreaIds).toBe(message)
  })

  it('restores the word and the setting from a backup, and refuses a word the form would refuse', async () => {
    const db = freshDatabase()
    await hallandPlan(db, halland())
    expect((await loadCountyProfile(db))?.focusAreaTerm).toEqual(insatsomraden)
    const rows = await dumpDatabase(db)
    expect(validateRecords(rows, schemaInfo(db.tables))).toBeNull()
    const profile = (
      rows.settings!.find((s) => (s as { key: string }).key === 'countyProfile') as { value: Record<string, unknown> }
    ).value
    profile.focusAreaTerm = { singular: '', plural: 'områden' }
    expect(validateRecords(rows, schemaInfo(db.tables))?.message).toMatch(
      /länsprofilen: Ange vad länet kallar sina områden/
    )
    profile.focusAreaTerm = insatsomraden
    profile.nationalGoalRequired = 'nej'
    expect(validateRecords(rows, schemaInfo(db.tables))?.message).toMatch(/länsprofilen.*varken ja eller nej/)
  })
})
