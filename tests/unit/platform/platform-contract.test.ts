// @vitest-environment happy-dom
/**
 * The same contract tests run against both platforms: the Electron one (real
 * preload bridge → real main dispatcher and handlers, on a temp folder) and the
 * web one (download link and file input in a DOM). What differs is only how a
 * test plays the user: picking a file, and finding what was saved.
 */
import { describe, expect, it } from 'vitest'
import { electronHarness, webHarness, type PlatformHarness } from './platform-harness'
import { serializeBackup } from '@/data/backup/backup-serializer'

let previousWebListeners: AbortController | null = null

/** A fresh web platform: the previous test's listeners go, the page is emptied. */
async function freshWebHarness(): Promise<PlatformHarness> {
  previousWebListeners?.abort()
  previousWebListeners = new AbortController()
  document.body.innerHTML = ''
  return webHarness(previousWebListeners.signal)
}

const csv = {
  name: 'Befolkning Kalmar län.csv',
  bytes: new TextEncoder().encode('"region","kön","2023"\n"0880 Kalmar","kvinnor",35000\n')
}

describe.each([
  ['Electron', electronHarness],
  ['web', freshWebHarness]
])('%s platform contract', (kind, makeHarness) => {
  it('tells its kind and version', async () => {
    const { platform } = await makeHarness()
    const info = await platform.appInfo()
    expect(info.platform).toBe(kind === 'Electron' ? 'electron' : 'web')
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(info.dataFolder.length).toBeGreaterThan(0)
  })

  it('saves bytes unchanged under the suggested name', async () => {
    const harness = await makeHarness()
    const bytes = new Uint8Array([0, 255, 1, 128, ...new TextEncoder().encode('Växjö')])
    const result = await harness.platform.saveFile('Intyg H-2026-014.pdf', bytes, [
      { name: 'PDF', extensions: ['pdf'] }
    ])
    expect(result.status).toBe('saved')
    expect(await harness.saved('Intyg H-2026-014.pdf')).toEqual(bytes)
  })

  it('opens the file the user picks, with its name and bytes', async () => {
    const harness = await makeHarness()
    await harness.willPick(csv)
    const result = await harness.platform.openFile([{ name: 'Statistik', extensions: ['csv', 'xlsx', 'px'] }], 1024)
    expect(result).toEqual({ status: 'opened', name: csv.name, bytes: csv.bytes })
  })

  it('refuses a file over the size limit without reading it', async () => {
    const harness = await makeHarness()
    await harness.willPick(csv)
    const result = await harness.platform.openFile([], 10)
    expect(result).toEqual({ status: 'too-large', name: csv.name, size: csv.bytes.byteLength, maxBytes: 10 })
  })

  it('reports a cancelled pick', async () => {
    const harness = await makeHarness()
    await harness.willPick(null)
    expect(await harness.platform.openFile([], 10)).toEqual({ status: 'cancelled' })
  })

  it('keeps automatic backups on the desktop and says plainly that the browser has none', async () => {
    const { platform } = await makeHarness()
    const { bytes } = await serializeBackup({ settings: [] }, { appVersion: '0.1.0', schemaVersion: 2 })
    const written = await platform.writeAutomaticBackup(bytes, 'automatic')
    const listed = await platform.listAutomaticBackups()
    if (kind === 'web') {
      for (const result of [
        written,
        listed,
        await platform.readAutomaticBackup('kugghjul-sakerhetskopia-2026-11-23T081530123Z.json')
      ]) {
        expect(result).toEqual({
          status: 'unsupported',
          message: expect.stringMatching(/bara i skrivbordsversionen.*Exportera/)
        })
      }
      return
    }
    if (written.status !== 'written' || listed.status !== 'listed') throw new Error('expected a written, listed backup')
    expect(listed.backups.map((b) => b.name)).toEqual([written.backup.name])
    expect(listed.backups[0]!.summary?.counts).toEqual({ settings: 0 })
    expect(await platform.readAutomaticBackup(written.backup.name)).toEqual({
      status: 'read',
      name: written.backup.name,
      bytes
    })
  })

  it('never reads a file outside the backups by name', async () => {
    const { platform } = await makeHarness()
    const result = platform.readAutomaticBackup('../../etc/passwd')
    if (kind === 'web') await expect(result).resolves.toMatchObject({ status: 'unsupported' })
    else await expect(result).rejects.toThrow(/inte en säkerhetskopia som Kugghjul har sparat/)
  })
})

describe('unsaved changes in the browser', () => {
  it('asks before the tab is reloaded or closed only while a form holds unsaved changes', async () => {
    const { platform } = await freshWebHarness()
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(leave()).toBe(false)
    await platform.reportUnsavedChanges(true)
    expect(leave()).toBe(true)
    await platform.reportUnsavedChanges(false)
    expect(leave()).toBe(false)
  })
})
