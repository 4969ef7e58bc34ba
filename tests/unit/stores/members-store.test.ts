import 'fake-indexeddb/auto' // before Dexie loads
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { emptyNetworkDraft } from '@/domain/networks/network'
import { useAppStore } from '@/stores/app'
import { useErrorsStore } from '@/stores/errors'
import { useMembersStore } from '@/stores/members'
import { useNetworksStore } from '@/stores/networks'
import { useUndoStore } from '@/stores/undo'
import { decisionOn, kommunDraft, today } from '../data/fresh-database'
import { storeTestSetup } from './store-setup'

const { db } = storeTestSetup()

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

async function kalmarInRegister() {
  const store = useMembersStore()
  await store.load()
  const created = await store.create(kommunDraft(), decisionOn('2024-03-15'))
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  return { store, id: created.value.member.id, periodId: created.value.period.id }
}

const names = (store: ReturnType<typeof useMembersStore>) => store.activeRows.map((r) => r.member.name)

describe('members store', () => {
  it('lists a member once saved, with its status, and finds it again after a restart', async () => {
    const { store, id } = await kalmarInRegister()
    expect(names(store)).toEqual(['Kalmar kommun'])
    expect(store.rowsById.get(id)).toMatchObject({ statusLabel: 'Aktiv', welcomeLabel: 'Ej klart' })

    setActivePinia(createPinia()) // the app starts again on the same database
    useAppStore().today = today
    const again = useMembersStore()
    await again.ensureLoaded()
    expect(names(again)).toEqual(['Kalmar kommun'])
  })

  it('refuses a member whose orgnummer is taken, in Swedish, and the list stays as it was', async () => {
    const { store } = await kalmarInRegister()
    const result = await store.create(kommunDraft({ name: 'Nybro kommun' }), decisionOn('2025-01-10'))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.values(result.errors).join(' ')).toBe(
      'Organisationsnumret 212000-0746 finns redan hos "Kalmar kommun". Öppna den verksamheten i stället för att lägga till den igen.'
    )
    expect(names(store)).toEqual(['Kalmar kommun'])
  })

  it('a write the storage refuses leaves the list as it was and says so in Swedish', async () => {
    const { store } = await kalmarInRegister()
    vi.spyOn(db().auditLog, 'add').mockRejectedValue(quotaExceeded())
    const attempt = store.create(
      kommunDraft({ name: 'Nybro kommun', orgNumber: '212000-0761' }),
      decisionOn('2025-01-10')
    )
    await expect(attempt).rejects.toThrow(/lagringsutrymmet är fullt.*finns kvar/)
    const errors = useErrorsStore()
    errors.report(await attempt.catch((e: unknown) => e))
    expect(errors.message).toMatch(/^Ändringen kunde inte sparas eftersom lagringsutrymmet är fullt/)
    vi.restoreAllMocks()
    await store.load()
    expect(names(store)).toEqual(['Kalmar kommun'])
  })

  it('a member taken out of the register leaves the list, and Ångra brings it back', async () => {
    const { store, id } = await kalmarInRegister()
    await store.archive(id)
    expect(names(store)).toEqual([])
    expect(store.archivedCount).toBe(1)
    const undo = useUndoStore()
    expect(undo.current?.message).toBe('Kalmar kommun togs bort ur registret.')

    await undo.undo()
    expect(undo.error).toBe('')
    expect(undo.current).toBeNull()
    expect(names(store)).toEqual(['Kalmar kommun'])
    expect(store.archivedCount).toBe(0)
  })

  it('a corrected decision shows at once, and Ångra puts the mistyped one back', async () => {
    const { store, id, periodId } = await kalmarInRegister()
    const result = await store.correctDecision(periodId, decisionOn('2024-03-15', 'KS 2024/113'))
    expect(result.ok).toBe(true)
    expect(store.rowsById.get(id)?.latestPeriod?.decisionReference).toBe('KS 2024/113')
    const undo = useUndoStore()
    expect(undo.current?.message).toBe('Beslutet för period 1 rättades.')
    await undo.undo()
    expect(undo.error).toBe('')
    expect(store.rowsById.get(id)?.latestPeriod?.decisionReference).toBe('KS 2024/112')
  })

  it('a renewal shows as a second period', async () => {
    const { store, id } = await kalmarInRegister()
    const renewed = await store.renew(id, decisionOn('2026-11-01', 'KS 2026/9'))
    expect(renewed.ok).toBe(true)
    expect(store.rowsById.get(id)?.periods.map((p) => p.number)).toEqual([1, 2])
    expect(store.rowsById.get(id)?.statusLabel).toBe('Förnyad')
  })

  it('an ending shows the member as ended; one before the period started is refused in Swedish', async () => {
    const { store, id } = await kalmarInRegister()
    const early = await store.end(id, { endedOn: '2024-01-01', reason: 'Verksamheten lämnar.' })
    expect(early.ok).toBe(false)
    if (early.ok) return
    expect(early.errors.endedOn).toMatch(/^Anslutningen kan inte avslutas före periodens start 2024-03-15/)
    expect(store.rowsById.get(id)?.statusLabel).toBe('Aktiv')
    const ended = await store.end(id, { endedOn: '2026-11-20', reason: 'Verksamheten lämnar.' })
    if (!ended.ok) throw new Error(JSON.stringify(ended.errors))
    expect(store.rowsById.get(id)?.statusLabel).toBe('Avslutad')
  })

  it('keeps the reminder setting across a restart', async () => {
    const store = useMembersStore()
    await store.load()
    await store.setWarningDays(30)
    setActivePinia(createPinia())
    const again = useMembersStore()
    await again.load()
    expect(again.warningDays).toBe(30)
  })
})

describe('networks store', () => {
  it('lists networks in Swedish name order and knows which a member belongs to', async () => {
    const { id } = await kalmarInRegister()
    const networks = useNetworksStore()
    for (const name of ['Örebro-nätverket', 'Ale-nätverket', 'Älvsbyn-nätverket']) {
      const created = await networks.create({
        ...emptyNetworkDraft(),
        name,
        memberIds: name.startsWith('Ale') ? [id] : []
      })
      if (!created.ok) throw new Error(JSON.stringify(created.errors))
    }
    expect(networks.networks.map((n) => n.name)).toEqual(['Ale-nätverket', 'Älvsbyn-nätverket', 'Örebro-nätverket'])
    expect((await networks.memberNetworks(id)).map((n) => n.name)).toEqual(['Ale-nätverket'])
    expect(useMembersStore().rowsById.get(id)?.networkIds).toHaveLength(1)
  })

  it('refuses a second network with the same name, in Swedish', async () => {
    const networks = useNetworksStore()
    await networks.create({ ...emptyNetworkDraft(), name: 'Hälsonätverket' })
    const again = await networks.create({ ...emptyNetworkDraft(), name: 'hälsonätverket' })
    expect(again.ok).toBe(false)
    if (again.ok) return
    expect(again.errors.name).toBe('Det finns redan ett nätverk som heter "Hälsonätverket". Välj ett annat namn.')
    expect(networks.networks).toHaveLength(1)
  })

  it('a deleted network leaves the list, its name reads "Borttaget nätverk", and Ångra brings it back with its members', async () => {
    const { id } = await kalmarInRegister()
    const networks = useNetworksStore()
    const created = await networks.create({
      ...emptyNetworkDraft(),
      name: 'Hälsonätverket',
      memberIds: [id],
      contact: 'Åsa Öberg'
    })
    if (!created.ok) throw new Error(JSON.stringify(created.errors))
    const removed = await networks.remove(created.value.id)
    expect(removed.ok).toBe(true)
    expect(networks.networks).toEqual([])
    expect(networks.nameOf(created.value.id)).toBe('Borttaget nätverk')
    const undo = useUndoStore()
    expect(undo.current?.message).toBe('Nätverket Hälsonätverket togs bort.')
    await undo.undo()
    expect(networks.networks.map((n) => [n.name, n.memberIds, n.contact])).toEqual([
      ['Hälsonätverket', [id], 'Åsa Öberg']
    ])
  })

  it('a rename the storage refuses keeps the old name and says so in Swedish', async () => {
    const networks = useNetworksStore()
    const created = await networks.create({ ...emptyNetworkDraft(), name: 'Hälsonätverket' })
    if (!created.ok) throw new Error(JSON.stringify(created.errors))
    vi.spyOn(db().networks, 'put').mockRejectedValue(new DOMException('I/O error', 'UnknownError'))
    await expect(
      networks.update(created.value.id, { ...emptyNetworkDraft(), name: 'Nätverket för hälsa' })
    ).rejects.toThrow(/fel i lagringen.*Starta om Kugghjul/)
    vi.restoreAllMocks()
    await networks.load()
    expect(networks.networks.map((n) => n.name)).toEqual(['Hälsonätverket'])
  })
})

describe('undo store', () => {
  it('an undo that fails says so in Swedish and offers nothing more', async () => {
    const undo = useUndoStore()
    undo.offer({
      message: 'Aktiviteten "Nätverksträff" togs bort.',
      undo: () => Promise.reject(new Error('Aktiviteten finns redan.'))
    })
    await undo.undo()
    expect(undo.error).toBe('Det gick inte att ångra: Aktiviteten finns redan.')
    expect(undo.current).toBeNull()
  })

  it('only the latest action can be taken back, and a new offer clears an old error', async () => {
    const undo = useUndoStore()
    const taken: string[] = []
    undo.offer({ message: 'Ett', undo: () => Promise.reject(new Error('nej')) })
    await undo.undo()
    undo.offer({ message: 'Första', undo: async () => void taken.push('första') })
    undo.offer({ message: 'Andra', undo: async () => void taken.push('andra') })
    expect(undo.error).toBe('')
    expect(undo.current?.message).toBe('Andra')
    await undo.undo()
    await undo.undo() // nothing left to take back
    expect(taken).toEqual(['andra'])
  })
})
