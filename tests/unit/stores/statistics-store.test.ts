import 'fake-indexeddb/auto' // before Dexie loads
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { buildMeasureComparison } from '@/domain/statistics/measure-comparison'
import { useAppStore } from '@/stores/app'
import { useStatisticsStore } from '@/stores/statistics'
import { today } from '../data/fresh-database'
import { fixtureBytes } from '../io/stats/statistics-fixture'
import { electronStoreSetup, storeTestSetup } from './store-setup'

const { db } = storeTestSetup()
const harness = electronStoreSetup()

const FILE = 'pxweb_region_kon_ar.xlsx'

/** Reads a fixture as the import screen does (in this thread: there is no Worker in Node) and commits it. */
async function imported(name = FILE) {
  const store = useStatisticsStore()
  await store.ensureLoaded()
  const read = await store.readFile(name, fixtureBytes('stats', name))
  if (!read) throw new Error('the read was cancelled')
  const committed = await store.commit(read)
  if (!committed.ok) throw new Error('duplicate')
  return { store, read, committed: committed.committed }
}

const titles = (store: ReturnType<typeof useStatisticsStore>) => store.datasets.map((d) => d.title)

describe('statistics store', () => {
  it('lists an imported file as a dataset and in the import history, and under a title the user gave it', async () => {
    const store = useStatisticsStore()
    const read = await store.readFile(FILE, fixtureBytes('stats', FILE))
    if (!read) throw new Error('the read was cancelled')
    const committed = await store.commit(read, undefined, 'Befolkning i Kalmar län')
    expect(committed.ok).toBe(true)
    expect(titles(store)).toEqual(['Befolkning i Kalmar län'])
    expect(store.batches.map((b) => b.fileName)).toEqual([FILE])
    expect(store.datasetById(store.datasets[0]!.id)?.measures).toEqual(['Folkmängd'])
  })

  it('the same file again is reported as a duplicate and nothing more is written', async () => {
    const { store, read } = await imported()
    const again = await store.commit(read)
    expect(again).toMatchObject({ ok: false, duplicate: { fileName: FILE } })
    expect(store.batches).toHaveLength(1)
    expect(store.datasets).toHaveLength(1)
    expect((await store.findDuplicate(read.sha256))?.fileName).toBe(FILE)
  })

  it('an undone import leaves the lists, and its key measure is no longer shown for the kommun', async () => {
    const { store, committed } = await imported()
    const choice = { datasetId: committed.dataset.id, measure: 'Folkmängd' }
    await store.setKeyMeasure(choice, true)
    const shown = await store.keyMeasuresForMunicipality('0880')
    expect(shown.map((f) => [f.measure, f.year, f.municipality?.total])).toEqual([['Folkmängd', '2023', 2194]])

    expect(await store.actionsLinkedTo(committed.batch.id)).toBe(0)
    const undone = await store.undo(committed.batch.id)
    expect(undone.fileName).toBe(FILE)
    expect(store.datasets).toEqual([])
    expect(store.batches.map((b) => b.fileName)).not.toContain(FILE)
    expect(await store.keyMeasuresForMunicipality('0880')).toEqual([])
  })

  it('keeps the chosen key measures across a restart, and drops one that is unticked', async () => {
    const { store, committed } = await imported()
    const choice = { datasetId: committed.dataset.id, measure: 'Folkmängd' }
    await store.setKeyMeasure(choice, true)
    setActivePinia(createPinia())
    useAppStore().today = today
    const again = useStatisticsStore()
    await again.load()
    expect(again.isKeyMeasure(choice)).toBe(true)
    await again.setKeyMeasure(choice, false)
    await again.load()
    expect(again.isKeyMeasure(choice)).toBe(false)
  })

  it('an import the storage refuses leaves the lists as they were and says so in Swedish', async () => {
    const { store } = await imported()
    vi.spyOn(db().series, 'bulkAdd').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    )
    const read = await store.readFile('Kolada_3.xlsx', fixtureBytes('stats', 'Kolada_3.xlsx'))
    await expect(store.commit(read!)).rejects.toThrow(/lagringsutrymmet är fullt/)
    vi.restoreAllMocks()
    expect(store.batches.map((b) => b.fileName)).toEqual([FILE])
    expect(store.datasets).toHaveLength(1)
  })

  it('a file that is not statistics is refused in Swedish and nothing is written', async () => {
    const store = useStatisticsStore()
    await expect(store.readFile('anteckningar.xlsx', fixtureBytes('bad', 'text-renamed.xlsx'))).rejects.toThrow(
      'Filen "anteckningar.xlsx" heter .xlsx men är ingen Excel-arbetsbok'
    )
    await store.load()
    expect(store.batches).toEqual([])
  })

  it('saves a comparison as .xlsx under the measure name and the date', async () => {
    const { store, committed } = await imported()
    const series = await store.measureSeries(committed.dataset.id, 'Folkmängd')
    const comparison = buildMeasureComparison('Folkmängd', series, ['0880', '08', '00'])
    const saved = await store.exportComparison(comparison, committed.dataset)
    expect(saved).toBe(`${harness().folder}/Dokument/Folkmängd ${today}.xlsx`)
    expect(new TextDecoder().decode((await harness().saved(`Folkmängd ${today}.xlsx`)).slice(0, 2))).toBe('PK')
  })
})
