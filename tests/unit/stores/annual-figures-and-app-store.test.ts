import 'fake-indexeddb/auto' // before Dexie loads
import { rm } from 'node:fs/promises'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useAnnualFiguresStore } from '@/stores/annual-figures'
import { useAppStore } from '@/stores/app'
import { useCountyProfileStore } from '@/stores/county-profile'
import { useMembersStore } from '@/stores/members'
import { decisionOn, kommunDraft } from '../data/fresh-database'
import { kalmarWithMember } from '../data/member-work-fixtures'
import { ModuleWorker } from './module-worker'
import { electronHarness } from '../platform/platform-harness'
import { storeTestSetup } from './store-setup'

const { db } = storeTestSetup()

let harness: Awaited<ReturnType<typeof electronHarness>>
beforeEach(async () => {
  vi.stubGlobal('Worker', ModuleWorker)
  harness = await electronHarness()
  return async () => {
    vi.unstubAllGlobals()
    await rm(harness.folder, { recursive: true, force: true })
  }
})

/** Kalmar län with Kalmar kommun (period from 2024-03-15) and Nybro kommun (from 2026-05-01). */
async function twoMembers() {
  await useAppStore().start(harness.platform, undefined)
  await kalmarWithMember(db())
  await useCountyProfileStore().load()
  const created = await useMembersStore().create(
    kommunDraft({ name: 'Nybro kommun', orgNumber: '212000-0761' }),
    decisionOn('2026-05-01')
  )
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  const store = useAnnualFiguresStore()
  await store.load()
  return store
}

describe('annual figures store', () => {
  it("shows this year's figures, preliminary, and offers the years from the register's first period", async () => {
    const store = await twoMembers()
    expect(store.year).toBe(2026)
    expect(store.years).toEqual([2026, 2025, 2024])
    expect(store.report?.preliminary).toBe(true)
    expect(store.report?.figures.members).toMatchObject({ atYearEndTotal: 2, new: 1 })

    store.year = 2024
    await store.load()
    expect(store.report?.figures.members).toMatchObject({ atYearEndTotal: 1, new: 1 })
    expect(store.report?.preliminary).toBe(false)
  })

  it('saves the figures as .xlsx and as PDF made by the real worker module, with the diarienummer', async () => {
    const store = await twoMembers()
    expect(await store.saveAs('xlsx', { archival: false, caseNumber: '' })).toBe(
      `Årsuppföljningen sparades: ${harness.folder}/Dokument/arsuppfoljning-2026.xlsx.`
    )
    expect(new TextDecoder().decode((await harness.saved('arsuppfoljning-2026.xlsx')).slice(0, 2))).toBe('PK')
    expect(await store.saveAs('pdf', { archival: false, caseNumber: 'Dnr 801-99-2026' })).toMatch(
      /arsuppfoljning-2026\.pdf\.$/
    )
    expect(new TextDecoder().decode((await harness.saved('arsuppfoljning-2026.pdf')).slice(0, 5))).toBe('%PDF-')
    expect(store.report?.handling).toMatchObject({ caseNumber: 'Dnr 801-99-2026' })
    expect(store.progress).toBeNull()
  })

  it("saves the year's länsfil with the county's code and counts, and says where to send it", async () => {
    const store = await twoMembers()
    const message = await store.saveCountyFile()
    expect(message).toBe(
      `Länsfilen för Kalmar län 2026 sparades: ${harness.folder}/Dokument/lansuppgifter-08-2026.json. Skicka den till den som sammanställer riksöversikten.`
    )
    const file = JSON.parse(new TextDecoder().decode(await harness.saved('lansuppgifter-08-2026.json'))) as Record<
      string,
      unknown
    >
    expect(file).toMatchObject({ countyCode: '08', year: 2026, appVersion: '0.1.0' })
    expect(JSON.stringify(file)).not.toContain('Kalmar kommun') // counts only, no member names
  })

  it('refuses a länsfil without a county profile, in Swedish, and saves nothing', async () => {
    await useAppStore().start(harness.platform, undefined)
    const store = useAnnualFiguresStore()
    await expect(store.saveCountyFile()).rejects.toThrow('Länsprofilen saknas.')
    expect(await harness.savedNames()).toEqual([])
  })
})

describe('app store', () => {
  const storage = (persisted: boolean, persist: () => Promise<boolean>) =>
    ({ persisted: async () => persisted, persist }) as unknown as StorageManager

  it('tells the version and platform once started, and whether the browser keeps the data', async () => {
    const app = useAppStore()
    await app.start(
      harness.platform,
      storage(false, async () => true)
    )
    expect(app.info).toMatchObject({ version: '0.1.0', platform: 'electron' })
    expect(app.persistence).toBe('granted')
  })

  it('says when the browser refuses to keep the data, or cannot be asked', async () => {
    const app = useAppStore()
    await app.start(
      harness.platform,
      storage(false, async () => false)
    )
    expect(app.persistence).toBe('denied')
    await app.start(
      harness.platform,
      storage(false, () => Promise.reject(new Error('nej')))
    )
    expect(app.persistence).toBe('unsupported')
    await app.start(harness.platform, undefined)
    expect(app.persistence).toBe('unsupported')
  })

  it('refuses a link before it has started, and a link that is not a web page or e-mail, in Swedish', async () => {
    const app = useAppStore()
    let early: Promise<unknown> | undefined
    expect(() => (early = app.openLink('https://www.kalmar.se'))).not.toThrow()
    await expect(early).rejects.toThrow('Appen har inte startat klart.')
    await app.start(harness.platform, undefined)
    expect(await app.openLink('file:///etc/passwd')).toEqual({
      status: 'refused',
      message:
        'Länken öppnas inte: Kugghjul öppnar bara webbsidor (https och http) och e-postadresser (mailto). Kontrollera länken.'
    })
    expect(await app.openLink('https://www.kalmar.se')).toEqual({ status: 'opened' })
  })
})
