import 'fake-indexeddb/auto'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h } from 'vue'
import MembershipActions from '@/components/members/MembershipActions.vue'
import { createMember, loadMember } from '@/data/member-repository'
import { endMembership } from '@/data/membership-repository'
import { useAppStore } from '@/stores/app'
import { useMembersStore } from '@/stores/members'
import { useUndoStore } from '@/stores/undo'
import { decisionOn, kommunDraft, today } from '../../unit/data/fresh-database'
import { componentTestSetup } from '../component-setup'

const { db } = componentTestSetup()

/** A member decided on 2024-03-15 (period 1: 2024-03-15 – 2027-03-14), and the component on its row. */
async function mountFor(prepare?: (memberId: string) => Promise<unknown>) {
  const created = await createMember(db(), kommunDraft(), decisionOn('2024-03-15'), today)
  if (!created.ok) throw new Error('could not create the member')
  const id = created.value.member.id
  await prepare?.(id)
  const store = useMembersStore()
  await store.load()
  const row = computed(() => store.rowsById.get(id)!)
  const wrapper = mount(defineComponent({ setup: () => () => h(MembershipActions, { row: row.value }) }), {
    attachTo: document.body
  })
  return { wrapper, id }
}

type Wrapper = Awaited<ReturnType<typeof mountFor>>['wrapper']
const buttons = (wrapper: Wrapper) => wrapper.findAll('.membership-actions > .button-row button').map((b) => b.text())
/** Waits for what IndexedDB and the store's reload put on the page. */
const shows = (wrapper: Wrapper, text: string) => vi.waitFor(() => expect(wrapper.text()).toContain(text))

describe('MembershipActions', () => {
  it('renews: the next period follows on and the page says so', async () => {
    const { wrapper, id } = await mountFor()
    expect(buttons(wrapper)).toEqual(['Förnya anslutningen…', 'Avsluta anslutningen…'])
    await wrapper.get('button').trigger('click')
    await wrapper.get('#renewal-date').setValue('2026-11-20')
    await wrapper.get('#renew-form').trigger('submit')
    await shows(wrapper, 'Period 2 registrerad: 2027-03-15 – 2030-03-14.')
    expect((await loadMember(db(), id))?.periods).toHaveLength(2)
  })

  it('shows the rule when a renewal is dated after today, and writes nothing', async () => {
    const { wrapper, id } = await mountFor()
    await wrapper.get('button').trigger('click')
    await wrapper.get('#renewal-date').setValue('2026-12-01')
    await wrapper.get('#renew-form').trigger('submit')
    await shows(wrapper, 'Beslutsdatumet 2026-12-01 ligger efter dagens datum 2026-11-23.')
    expect((await loadMember(db(), id))?.periods).toHaveLength(1)
  })

  it('refuses an ending after the period, and ends it within the period after a question', async () => {
    const { wrapper, id } = await mountFor()
    await wrapper.findAll('button')[1]!.trigger('click')
    await wrapper.get('#ending-date').setValue('2027-06-30')
    await wrapper.get('#ending-reason').setValue('Valde att inte förnya')
    await wrapper.get('#end-form').trigger('submit')
    await wrapper.get('dialog button.danger-solid').trigger('click')
    await shows(wrapper, 'Perioden slutar 2027-03-14. Ange ett datum senast den dagen')
    expect((await loadMember(db(), id))?.periods[0]?.ending).toBeNull()

    await wrapper.get('#ending-date').setValue('2027-03-14')
    await wrapper.get('#end-form').trigger('submit')
    await wrapper.get('dialog button.danger-solid').trigger('click')
    await shows(wrapper, 'Anslutningen avslutas 2027-03-14.')
    expect((await loadMember(db(), id))?.periods[0]?.ending?.endedOn).toBe('2027-03-14')
    expect(buttons(wrapper)).toEqual([])
  })

  it('offers nothing while a registered ending lies ahead, and a new joining once it has taken effect', async () => {
    const ending = { endedOn: '2027-03-14', reason: 'Valde att inte förnya' }
    const { wrapper } = await mountFor((id) => endMembership(db(), id, ending, today))
    expect(buttons(wrapper)).toEqual([])
    expect(wrapper.text()).toContain('Anslutningen avslutas 2027-03-14.')

    useAppStore().today = '2027-03-14'
    await flushPromises()
    expect(buttons(wrapper)).toEqual(['Ny anslutning…'])
  })

  it('corrects a mistyped decision date and diarienummer, moves the period, and Ångra puts the decision back', async () => {
    const { wrapper, id } = await mountFor()
    await wrapper.get('.correction button').trigger('click')
    expect((wrapper.get('#correction-date').element as HTMLInputElement).value).toBe('2024-03-15')
    await wrapper.get('#correction-date').setValue('2024-02-29')
    await wrapper.get('#correction-reference').setValue('KS 2024/99')
    await wrapper.get('#correct-form').trigger('submit')
    await shows(wrapper, 'Beslutet är rättat. Period 1 gäller 2024-02-29 – 2027-02-28.')
    expect((await loadMember(db(), id))?.periods[0]).toMatchObject({
      decisionDate: '2024-02-29',
      decisionReference: 'KS 2024/99',
      endDate: '2027-02-28'
    })

    expect(useUndoStore().current?.message).toBe('Beslutet för period 1 rättades.')
    await useUndoStore().undo()
    expect(useUndoStore().error).toBe('')
    expect((await loadMember(db(), id))?.periods[0]).toMatchObject({
      decisionDate: '2024-03-15',
      decisionReference: 'KS 2024/112',
      endDate: '2027-03-14'
    })
  })

  it('adds the länsstyrelse’s diarienummer to a decision by correcting it, and offers it again in the next correction', async () => {
    const { wrapper, id } = await mountFor()
    await wrapper.get('.correction button').trigger('click')
    await wrapper.get('#correction-county-case-number').setValue('801-' + '5'.repeat(60))
    await wrapper.get('#correct-form').trigger('submit')
    expect(wrapper.text()).toContain('Diarienumret får vara högst 60 tecken.')
    expect((await loadMember(db(), id))?.periods[0]?.countyCaseNumber).toBe('')

    await wrapper.get('#correction-county-case-number').setValue('801-5521-2024')
    await wrapper.get('#correct-form').trigger('submit')
    await shows(wrapper, 'Beslutet är rättat.')
    expect((await loadMember(db(), id))?.periods[0]).toMatchObject({
      decisionReference: 'KS 2024/112',
      countyCaseNumber: '801-5521-2024'
    })
    await wrapper.get('.correction button').trigger('click')
    expect((wrapper.get('#correction-county-case-number').element as HTMLInputElement).value).toBe('801-5521-2024')
  })

  it('refuses a correction that would leave a registered ending outside the period', async () => {
    const { wrapper, id } = await mountFor((memberId) =>
      endMembership(db(), memberId, { endedOn: '2027-03-10', reason: 'Valde att inte förnya' }, today)
    )
    await wrapper.get('.correction button').trigger('click')
    await wrapper.get('#correction-date').setValue('2024-02-01')
    await wrapper.get('#correct-form').trigger('submit')
    await shows(wrapper, 'Anslutningen avslutas 2027-03-10, utanför perioden 2024-02-01 – 2027-01-31')
    expect((await loadMember(db(), id))?.periods[0]?.decisionDate).toBe('2024-03-15')
  })
})
