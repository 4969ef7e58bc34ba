// @vitest-environment happy-dom
import 'fake-indexeddb/auto' // before Dexie loads
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ANONYMISED_NAME } from '@/data/privacy/contact-persons'
import { emptyCountyProfile, type CountyProfile } from '@/domain/county-profile'
import { useAppStore } from '@/stores/app'
import { useCountyProfileStore } from '@/stores/county-profile'
import { useMembersStore } from '@/stores/members'
import { usePrivacyStore } from '@/stores/privacy'
import { decisionOn, kommunDraft } from '../data/fresh-database'
import { webHarness, type PlatformHarness } from '../platform/platform-harness'
import { storeTestSetup } from './store-setup'

const { db } = storeTestSetup()

const kalmarLän = (overrides: Partial<CountyProfile> = {}): CountyProfile => ({
  ...emptyCountyProfile(),
  countyCode: '08',
  strategyName: 'Ett jämställt Kalmar län',
  strategyStartYear: 2023,
  strategyEndYear: 2027,
  ...overrides
})

describe('county profile store', () => {
  it('is not configured until saved, and after a restart shows the saved county and its word for focus areas', async () => {
    const store = useCountyProfileStore()
    await store.load()
    expect(store.loaded).toBe(true)
    expect(store.isConfigured).toBe(false)
    expect(store.focusWords.Many).toBe('Fokusområden')

    await store.save(kalmarLän({ focusAreaTerm: { singular: 'strategiområde', plural: 'strategiområden' } }))
    setActivePinia(createPinia())
    const again = useCountyProfileStore()
    await again.load()
    expect(again.isConfigured).toBe(true)
    expect(again.county?.name).toBe('Kalmar län')
    expect(again.profile?.strategyName).toBe('Ett jämställt Kalmar län')
    expect(again.focusWords.Many).toBe('Strategiområden')
  })

  it('a save the storage refuses keeps the profile as it was and says so in Swedish', async () => {
    const store = useCountyProfileStore()
    await store.save(kalmarLän())
    vi.spyOn(db().settings, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    )
    await expect(store.save(kalmarLän({ strategyName: 'En ny strategi' }))).rejects.toThrow(/lagringsutrymmet är fullt/)
    expect(store.profile?.strategyName).toBe('Ett jämställt Kalmar län')
    vi.restoreAllMocks()
    await store.load()
    expect(store.profile?.strategyName).toBe('Ett jämställt Kalmar län')
  })

  it('keeps its own copy: changing the form after saving does not change the profile', async () => {
    const store = useCountyProfileStore()
    const form = kalmarLän()
    await store.save(form)
    form.strategyName = 'Ändrat i formuläret'
    expect(store.profile?.strategyName).toBe('Ett jämställt Kalmar län')
  })
})

describe('privacy store', () => {
  let listeners: AbortController
  let harness: PlatformHarness
  beforeEach(async () => {
    listeners = new AbortController()
    harness = webHarness(listeners.signal)
    await useAppStore().start(harness.platform, undefined)
  })
  afterEach(() => {
    listeners.abort()
    document.body.innerHTML = ''
  })

  async function twoMembers() {
    await useCountyProfileStore().save(kalmarLän())
    const members = useMembersStore()
    for (const [name, orgNumber, person] of [
      ['Kalmar kommun', '212000-0746', 'Åsa Öberg'],
      ['Nybro kommun', '212000-0761', 'Per Lind']
    ] as const) {
      const created = await members.create(
        kommunDraft({
          name,
          orgNumber,
          contactPersons: [
            { name: person, role: 'Strateg', email: `${person.split(' ')[0]!.toLowerCase()}@example.se`, phone: '' }
          ]
        }),
        decisionOn('2024-03-15')
      )
      if (!created.ok) throw new Error(JSON.stringify(created.errors))
    }
    const store = usePrivacyStore()
    await store.load()
    return { store, members }
  }

  it('counts the persons held and finds one by part of the name', async () => {
    const { store } = await twoMembers()
    expect(store.register?.totalPersons).toBe(2)
    store.query = 'öberg'
    expect(store.hits.map((h) => [h.name, h.emails])).toEqual([['Åsa Öberg', ['åsa@example.se']]])
  })

  it("saves a person's register extract as JSON with everything held about them, and nothing about others", async () => {
    const { store } = await twoMembers()
    store.query = 'Åsa'
    const saved = await store.saveExtractJson(store.hits[0]!)
    expect(saved).toBe('registerutdrag-asa-oberg.json')
    const extract = new TextDecoder().decode(await harness.saved(saved))
    expect(extract).toContain('Åsa Öberg')
    expect(extract).toContain('Kalmar kommun')
    expect(extract).not.toContain('Per Lind')
  })

  it('saves the same extract as a PDF the person can read', async () => {
    const { store } = await twoMembers()
    store.query = 'Per'
    const saved = await store.saveExtractPdf(store.hits[0]!)
    expect(saved).toBe('registerutdrag-per-lind.pdf')
    expect(new TextDecoder().decode((await harness.saved(saved)).slice(0, 5))).toBe('%PDF-')
  })

  it('an anonymised person is gone from the search and from the member, and a second try says so in Swedish', async () => {
    const { store, members } = await twoMembers()
    store.query = 'Åsa'
    const hit = store.hits[0]!
    await store.anonymise(hit)
    expect(store.hits).toEqual([])
    expect(store.register?.totalPersons).toBe(1)
    const kalmar = members.activeRows.find((r) => r.member.name === 'Kalmar kommun')!
    expect(kalmar.member.contactPersons.map((p) => p.name)).toEqual([ANONYMISED_NAME])

    await expect(store.anonymise(hit)).rejects.toThrow(
      'Personen finns inte längre i registret, eller har redan anonymiserats. Sök igen.'
    )
  })

  it('an anonymisation the storage refuses leaves the person findable and says so in Swedish', async () => {
    const { store } = await twoMembers()
    store.query = 'Åsa'
    const hit = store.hits[0]!
    vi.spyOn(db().members, 'put').mockRejectedValue(new DOMException('I/O error', 'UnknownError'))
    await expect(store.anonymise(hit)).rejects.toThrow(/fel i lagringen/)
    vi.restoreAllMocks()
    await store.load()
    expect(store.hits.map((h) => h.name)).toEqual(['Åsa Öberg'])
  })
})
