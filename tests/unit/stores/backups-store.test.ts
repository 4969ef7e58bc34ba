// @vitest-environment happy-dom
import 'fake-indexeddb/auto' // before Dexie loads
import { rm } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadMemberRegister } from '@/data/member-repository'
import { useAppStore } from '@/stores/app'
import { useBackupsStore } from '@/stores/backups'
import { useMembersStore } from '@/stores/members'
import { decisionOn, kommunDraft } from '../data/fresh-database'
import { fixtureBytes } from '../io/stats/statistics-fixture'
import { electronHarness, webHarness, type PlatformHarness } from '../platform/platform-harness'
import { storeTestSetup } from './store-setup'

const { db } = storeTestSetup()

const folders: string[] = []
let listeners: AbortController
beforeEach(() => {
  listeners = new AbortController()
  sessionStorage.clear()
  // A restore reloads the window so every screen reads the restored data; here the test reads it instead.
  vi.spyOn(window.location, 'reload').mockImplementation(() => undefined)
})
afterEach(async () => {
  listeners.abort()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
})

async function started(kind: 'web' | 'electron'): Promise<PlatformHarness> {
  const harness = kind === 'web' ? webHarness(listeners.signal) : await electronHarness()
  if ('folder' in harness) folders.push(harness.folder as string)
  await useAppStore().start(harness.platform, undefined)
  return harness
}

async function addMember(name: string, orgNumber: string): Promise<void> {
  const created = await useMembersStore().create(kommunDraft({ name, orgNumber }), decisionOn('2024-03-15'))
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
}

const registerNames = async () => (await loadMemberRegister(db())).members.map((m) => m.name).sort()

describe('backups store in the browser', () => {
  it('exports the register as a file the user downloads, and says plainly there are no automatic backups', async () => {
    const harness = await started('web')
    await addMember('Kalmar kommun', '212000-0746')
    const saved = await useBackupsStore().exportNow()
    expect(saved).toMatch(/^kugghjul-sakerhetskopia-.*\.json$/)
    expect(new TextDecoder().decode(await harness.saved(saved!))).toContain('Kalmar kommun')

    const backups = useBackupsStore()
    await backups.refreshAutomatic()
    expect(backups.automatic).toBeNull()
    expect(backups.automaticMessage).toMatch(/bara i skrivbordsversionen/)
  })

  it('restores an exported file: what was added since is gone, the old data was downloaded first, and the notice shows once', async () => {
    const harness = await started('web')
    await addMember('Kalmar kommun', '212000-0746')
    const backups = useBackupsStore()
    const exported = await backups.exportNow()
    await addMember('Nybro kommun', '212000-0761')

    await harness.willPick({ name: 'min-kopia.json', bytes: await harness.saved(exported!) })
    const opened = await backups.openFile()
    if (!opened?.ok) throw new Error(JSON.stringify(opened))
    expect(await registerNames()).toEqual(['Kalmar kommun', 'Nybro kommun']) // nothing changes until the user says so
    expect(await backups.restore(opened.pending)).toEqual({ ok: true })

    expect(await registerNames()).toEqual(['Kalmar kommun'])
    const safety = (await harness.savedNames()).find((n) => n.includes('fore-aterstallning'))
    expect(new TextDecoder().decode(await harness.saved(safety!))).toContain('Nybro kommun')
    expect(backups.takeRestoredNotice()).toMatch(
      /^Registret återställdes från min-kopia\.json \(\d{4}-\d{2}-\d{2}\)\. Det som fanns innan sparades/
    )
    expect(backups.takeRestoredNotice()).toBeNull()
  })

  it('refuses a file that is not a Kugghjul backup, in Swedish, and changes nothing', async () => {
    const harness = await started('web')
    await addMember('Kalmar kommun', '212000-0746')
    await harness.willPick({ name: 'export.json', bytes: fixtureBytes('bad', 'backup-foreign.json') })
    const opened = await useBackupsStore().openFile()
    expect(opened).toEqual({
      ok: false,
      message: expect.stringMatching(/^Filen är ingen säkerhetskopia från Kugghjul/)
    })
    expect(await registerNames()).toEqual(['Kalmar kommun'])
  })

  it('a cancelled pick is no answer at all', async () => {
    const harness = await started('web')
    await harness.willPick(null)
    expect(await useBackupsStore().openFile()).toBeNull()
  })
})

describe('backups store on the desktop', () => {
  it('"Säkerhetskopiera nu" lists the new backup, records the place, and it can be opened for restore by name', async () => {
    await started('electron')
    await addMember('Kalmar kommun', '212000-0746')
    const backups = useBackupsStore()
    await backups.backupNow()
    expect(backups.automatic?.map((b) => [b.kind, b.summary?.counts['members']])).toEqual([['automatic', 1]])
    expect(backups.places?.local.lastSucceededAt).not.toBeNull()
    expect(backups.lastAutomaticError).toBe('')

    const opened = await backups.openAutomatic(backups.automatic![0]!.name)
    expect(opened.ok).toBe(true)
    expect(await backups.openAutomatic('kugghjul-sakerhetskopia-2020-01-01T000000000Z.json')).toEqual({
      ok: false,
      message: 'Säkerhetskopian kugghjul-sakerhetskopia-2020-01-01T000000000Z.json finns inte längre. Uppdatera listan.'
    })
  })

  it('a restore keeps the current data as a backup of its own in the backups folder first', async () => {
    await started('electron')
    await addMember('Kalmar kommun', '212000-0746')
    const backups = useBackupsStore()
    await backups.backupNow()
    await addMember('Nybro kommun', '212000-0761')
    const opened = await backups.openAutomatic(backups.automatic![0]!.name)
    if (!opened.ok) throw new Error(opened.message)
    expect(await backups.restore(opened.pending)).toEqual({ ok: true })
    expect(await registerNames()).toEqual(['Kalmar kommun'])
    await backups.refreshAutomatic()
    const safety = backups.automatic!.find((b) => b.kind === 'before-restore')
    expect(safety?.summary?.counts['members']).toBe(2)
  })
})
