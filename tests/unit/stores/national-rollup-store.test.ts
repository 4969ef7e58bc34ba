import 'fake-indexeddb/auto' // before Dexie loads
import { describe, expect, it } from 'vitest'
import { useAnnualFiguresStore } from '@/stores/annual-figures'
import { useCountyProfileStore } from '@/stores/county-profile'
import { useNationalRollupStore } from '@/stores/national-rollup'
import { fixtureBytes } from '../io/stats/statistics-fixture'
import { kalmarWithMember } from '../data/member-work-fixtures'
import { electronStoreSetup, storeTestSetup } from './store-setup'

const { db } = storeTestSetup()
const harness = electronStoreSetup()

/** Kalmar län's länsfil for 2026 as the Årsuppföljning screen saves it, and a copy made as if by Jönköpings län. */
async function countyFiles() {
  await kalmarWithMember(db())
  await useCountyProfileStore().load()
  await useAnnualFiguresStore().saveCountyFile()
  const kalmar = await harness().saved('lansuppgifter-08-2026.json')
  const file = JSON.parse(new TextDecoder().decode(kalmar)) as Record<string, unknown>
  const other = (changes: Record<string, unknown>) => new TextEncoder().encode(JSON.stringify({ ...file, ...changes }))
  return { kalmar, other }
}

async function read(name: string, bytes: Uint8Array) {
  await harness().willPick({ name, bytes })
  return useNationalRollupStore().readFile()
}

const withFile = (store: ReturnType<typeof useNationalRollupStore>) =>
  store.rollup.rows.filter((r) => r.file).map((r) => `${r.countyName}: ${r.file!.name}`)

describe('national rollup store', () => {
  it('shows each län read side by side, with all 21 län listed', async () => {
    const { kalmar, other } = await countyFiles()
    expect(await read('kalmar.json', kalmar)).toEqual({ kind: 'added', notice: null })
    expect(await read('jonkoping.json', other({ countyCode: '06', countyName: 'Jönköpings län' }))).toEqual({
      kind: 'added',
      notice: null
    })
    const store = useNationalRollupStore()
    expect(store.rollup.rows).toHaveLength(21)
    expect(store.rollup.countiesWithFile).toBe(2)
    expect(withFile(store)).toEqual(['Jönköpings län: jonkoping.json', 'Kalmar län: kalmar.json'])
  })

  it('keeps the newer file when a län comes twice, and says so', async () => {
    const { kalmar, other } = await countyFiles()
    await read('kalmar.json', kalmar)
    const outcome = await read('kalmar-ny.json', other({ createdAt: '2099-01-01T08:00:00.000Z' }))
    expect(outcome).toMatchObject({
      kind: 'added',
      notice: expect.stringMatching(
        /^Kalmar län fanns redan \(kalmar\.json, .*Den nyare filen kalmar-ny\.json.*används i stället\.$/
      )
    })
    expect(withFile(useNationalRollupStore())).toEqual(['Kalmar län: kalmar-ny.json'])
  })

  it('refuses a file that is not a länsfil, or one of another year, in Swedish, and the overview stays as it was', async () => {
    const { kalmar, other } = await countyFiles()
    await read('kalmar.json', kalmar)
    expect(await read('backup.json', fixtureBytes('bad', 'backup-foreign.json'))).toEqual({
      kind: 'refused',
      message:
        'backup.json kan inte läsas in: filen är ingen länsfil från Kugghjul. Spara länsfilen under Årsuppföljning.'
    })
    expect(await read('gotland-2025.json', other({ countyCode: '09', year: 2025 }))).toEqual({
      kind: 'refused',
      message: 'gotland-2025.json gäller 2025, men översikten gäller 2026. Töm översikten för att jämföra ett annat år.'
    })
    const store = useNationalRollupStore()
    expect(withFile(store)).toEqual(['Kalmar län: kalmar.json'])
    store.clear()
    expect(store.rollup.countiesWithFile).toBe(0)
  })

  it('a cancelled pick changes nothing', async () => {
    await harness().willPick(null)
    expect(await useNationalRollupStore().readFile()).toEqual({ kind: 'cancelled' })
  })

  it('saves the overview as .xlsx, and refuses without a county profile', async () => {
    const { kalmar } = await countyFiles()
    await read('kalmar.json', kalmar)
    const store = useNationalRollupStore()
    expect(await store.saveAs('xlsx')).toBe(
      `Riksöversikten sparades: ${harness().folder}/Dokument/riksoversikt-2026.xlsx.`
    )
    expect(new TextDecoder().decode((await harness().saved('riksoversikt-2026.xlsx')).slice(0, 2))).toBe('PK')
    useCountyProfileStore().profile = null
    await expect(store.saveAs('xlsx')).rejects.toThrow('Länsprofilen saknas.')
  })
})
