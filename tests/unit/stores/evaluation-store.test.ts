import 'fake-indexeddb/auto' // before Dexie loads
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { emptyEvaluationDraft, type EvaluationDraft } from '@/domain/evaluation/evaluation'
import { useAppStore } from '@/stores/app'
import { useCountyProfileStore } from '@/stores/county-profile'
import { useEvaluationStore } from '@/stores/evaluation'
import { useMembersStore } from '@/stores/members'
import { useMemberWorkStore } from '@/stores/member-work'
import { actionDraft, kalmarWithMember, today } from '../data/member-work-fixtures'
import { electronStoreSetup, storeTestSetup } from './store-setup'

const { db } = storeTestSetup()
const harness = electronStoreSetup({ workers: true })

/** Kalmar kommun's period 1 with one action on delmål 2, loaded in the evaluation store. */
async function periodToEvaluate() {
  const { member, period } = await kalmarWithMember(db())
  const work = useMemberWorkStore()
  await work.load(member.id)
  const plan = await work.createPlan(period.id, { ambitionLevel: 'basic', ambition: '' })
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors))
  const action = await work.saveAction(plan.value.id, actionDraft({ status: 'done' }))
  if (!action.ok) throw new Error(JSON.stringify(action.errors))
  await useMembersStore().load()
  await useCountyProfileStore().load()
  const store = useEvaluationStore()
  await store.load(period.id)
  return { store, memberId: member.id, periodId: period.id }
}

function completeDraft(
  store: ReturnType<typeof useEvaluationStore>,
  overrides: Partial<EvaluationDraft> = {}
): EvaluationDraft {
  return {
    ...emptyEvaluationDraft(),
    assessments: store
      .context!.subjects.filter((s) => s.workedOn)
      .map((s) => ({ subject: s.subject, level: 2, comment: `Etablerat: ${s.label}.` })),
    conclusions: 'Lönekartläggningen görs varje år.',
    outcome: 'renew',
    decisionDate: '2026-11-02',
    decisionReference: 'KS 2026/87',
    decidedBy: 'Kommunstyrelsen',
    ...overrides
  }
}

describe('evaluation store', () => {
  it('a saved draft is there when the evaluation is opened again after a restart', async () => {
    const { store, periodId } = await periodToEvaluate()
    expect(store.context?.member.name).toBe('Kalmar kommun')
    expect(store.context?.evaluation).toBeUndefined()
    const saved = await store.saveDraft(periodId, { ...emptyEvaluationDraft(), conclusions: 'Påbörjad.' })
    expect(saved.ok).toBe(true)
    expect(store.context?.evaluation?.conclusions).toBe('Påbörjad.')

    setActivePinia(createPinia())
    useAppStore().today = today
    const again = useEvaluationStore()
    await again.load(periodId)
    expect(again.context?.evaluation).toMatchObject({ status: 'draft', conclusions: 'Påbörjad.' })
  })

  it('a completed renewal shows in the register at once as period 2', async () => {
    const { store, memberId, periodId } = await periodToEvaluate()
    const result = await store.complete(periodId, completeDraft(store))
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(store.context?.evaluation?.status).toBe('completed')
    expect(
      useMembersStore()
        .rowsById.get(memberId)
        ?.periods.map((p) => `${p.number} ${p.startDate}`)
    ).toEqual(['1 2024-03-15', '2 2027-03-15'])
  })

  it('a decision dated after today is refused in Swedish and the register keeps one period', async () => {
    const { store, memberId, periodId } = await periodToEvaluate()
    const result = await store.complete(periodId, completeDraft(store, { decisionDate: '2026-12-01' }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.decisionDate).toMatch(/efter dagens datum/)
    expect(store.context?.evaluation).toBeUndefined()
    expect(useMembersStore().rowsById.get(memberId)?.periods).toHaveLength(1)
  })

  it('a draft the storage refuses keeps the saved one and says so in Swedish', async () => {
    const { store, periodId } = await periodToEvaluate()
    await store.saveDraft(periodId, { ...emptyEvaluationDraft(), conclusions: 'Påbörjad.' })
    vi.spyOn(db().evaluations, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    )
    await expect(store.saveDraft(periodId, { ...emptyEvaluationDraft(), conclusions: 'Nästan klar.' })).rejects.toThrow(
      /lagringsutrymmet är fullt/
    )
    vi.restoreAllMocks()
    await store.load(periodId)
    expect(store.context?.evaluation?.conclusions).toBe('Påbörjad.')
  })

  it('saves the utvärderingsrapport as a PDF named after the member and period, and says where', async () => {
    const { store, periodId } = await periodToEvaluate()
    await store.saveDraft(periodId, completeDraft(store))
    const message = await store.saveReport(periodId, false, 'Dnr 801-1234-2026')
    const name = 'Utvärderingsrapport Kalmar kommun period 1.pdf'
    expect(message).toMatch(new RegExp(`^Rapporten sparades: .*${name}\\.$`))
    expect(new TextDecoder().decode((await harness().saved(name)).slice(0, 5))).toBe('%PDF-')
    expect(store.progress).toBeNull()
  })

  it('saves the lägesrapport for a year as .xlsx', async () => {
    const { store } = await periodToEvaluate()
    const message = await store.saveCountySummary(2026, 'xlsx')
    const [saved] = await harness().savedNames()
    expect(message).toBe(`Rapporten sparades: ${harness().folder}/Dokument/${saved}.`)
    expect(saved).toMatch(/2026\.xlsx$/)
    expect(new TextDecoder().decode((await harness().saved(saved!)).slice(0, 2))).toBe('PK') // a zip, as every .xlsx is
  })
})
