import 'fake-indexeddb/auto'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import WelcomePackageChecklist from '@/components/members/WelcomePackageChecklist.vue'
import { createMember, loadMember } from '@/data/member-repository'
import { renewMembership } from '@/data/membership-repository'
import { useMembersStore } from '@/stores/members'
import { decisionOn, kommunDraft, today } from '../../unit/data/fresh-database'
import { componentTestSetup } from '../component-setup'

const { db } = componentTestSetup()

/** Kalmar kommun decided on 2024-03-15, optionally renewed, and the checklist of its latest period. */
async function mountFor(renewed = false) {
  const created = await createMember(db(), kommunDraft(), decisionOn('2024-03-15'), today)
  if (!created.ok) throw new Error('could not create the member')
  const id = created.value.member.id
  if (renewed) await renewMembership(db(), id, decisionOn('2026-11-20', 'KS 2026/5'), today)
  const store = useMembersStore()
  await store.load()
  const period = computed(() => store.rowsById.get(id)!.latestPeriod!)
  // The checklist reads the route (Översikt links to it with ?valkomstpaket=…).
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }]
  })
  const wrapper = mount(defineComponent({ setup: () => () => h(WelcomePackageChecklist, { period: period.value }) }), {
    attachTo: document.body,
    global: { plugins: [router] }
  })
  return { wrapper, id, periodId: () => period.value.id }
}

type Wrapper = Awaited<ReturnType<typeof mountFor>>['wrapper']
const labels = (wrapper: Wrapper) => wrapper.findAll('label').map((l) => l.text())
const state = (wrapper: Wrapper) => wrapper.get('.state').text()

describe('WelcomePackageChecklist', () => {
  it('period 1: three steps make it klart, the briefing held is optional, and each is saved with today’s date', async () => {
    const { wrapper, id } = await mountFor()
    expect(labels(wrapper)).toEqual([
      'Intyg utfärdat',
      'Logotyp skickad',
      'Informationspass för ledningen erbjudet',
      'Informationspass för ledningen genomfört (Valfritt)'
    ])
    expect(state(wrapper)).toBe('inte klart')
    for (const step of ['Intyg utfärdat', 'Logotyp skickad', 'Informationspass för ledningen erbjudet']) {
      await wrapper.get(`button[aria-label="Klart i dag: ${step}"]`).trigger('click')
      await vi.waitFor(() => expect(wrapper.find(`button[aria-label="Klart i dag: ${step}"]`).exists()).toBe(false))
    }
    await vi.waitFor(() => expect(state(wrapper)).toBe('klart'))
    expect((await loadMember(db(), id))?.periods[0]?.welcomePackage).toEqual({
      certificateIssuedOn: today,
      logoSentOn: today,
      leadershipBriefingOfferedOn: today,
      leadershipBriefingHeldOn: null
    })
  })

  it('refuses a date after today with the rule beside the field, and saves nothing', async () => {
    const { wrapper, id, periodId } = await mountFor()
    // An attribute selector: the id starts with a UUID, which may start with a digit.
    const input = wrapper.get(`input[id="${periodId()}-logoSentOn"]`)
    await input.setValue('2026-12-24')
    await input.trigger('change')
    await vi.waitFor(() => expect(wrapper.get('[role="alert"]').text()).toMatch(/ligger efter dagens datum 2026-11-23/))
    expect(input.attributes('aria-invalid')).toBe('true')
    expect((await loadMember(db(), id))?.periods[0]?.welcomePackage.logoSentOn).toBeNull()
  })

  it('saves a date typed as 20260315 or 2026-3-5, and says how to write one that is no date', async () => {
    const { wrapper, id, periodId } = await mountFor()
    const input = wrapper.get(`input[id="${periodId()}-logoSentOn"]`)
    await input.setValue('2026-3-5')
    await input.trigger('change')
    await vi.waitFor(async () =>
      expect((await loadMember(db(), id))?.periods[0]?.welcomePackage.logoSentOn).toBe('2026-03-05')
    )
    const offered = wrapper.get(`input[id="${periodId()}-leadershipBriefingOfferedOn"]`)
    await offered.setValue('5 mars')
    await offered.trigger('change')
    expect(wrapper.get('[role="alert"]').text()).toBe('Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-15.')
    expect((await loadMember(db(), id))?.periods[0]?.welcomePackage.leadershipBriefingOfferedOn).toBeNull()
  })

  it('a renewal period asks only for the new certificate', async () => {
    const { wrapper } = await mountFor(true)
    expect(labels(wrapper)).toEqual(['Intyg utfärdat'])
    await wrapper.get('button[aria-label="Klart i dag: Intyg utfärdat"]').trigger('click')
    await vi.waitFor(() => expect(state(wrapper)).toBe('klart'))
  })
})
