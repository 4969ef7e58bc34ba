// @vitest-environment happy-dom
/**
 * The same contract tests run against both platforms: the Electron one (real
 * preload bridge → real main dispatcher and handlers, on a temp folder) and the
 * web one (download link and file input in a DOM). What differs is only how a
 * test plays the user: picking a file, and finding what was saved.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainServices } from '../../../src/main/main-services'
import { createBridge } from '../../../src/preload/bridge'
import { createElectronPlatform } from '@/platform/electron-platform'
import type { Platform } from '@/platform/platform'
import { createWebPlatform } from '@/platform/web-platform'
import { serializeBackup } from '@/data/backup/backup-serializer'

interface Harness {
  platform: Platform
  /** The file the user will pick in the next open dialog; null = the user cancels. */
  willPick(file: { name: string; bytes: Uint8Array } | null): Promise<void>
  /** Bytes of what was saved under `name`. */
  saved(name: string): Promise<Uint8Array>
}

async function electronHarness(): Promise<Harness> {
  const folder = await mkdtemp(join(tmpdir(), 'kugghjul-contract-'))
  let pick: string | null = null
  const { dispatch } = createMainServices({
    version: '0.1.0',
    userData: folder,
    documents: folder,
    // The "user" accepts the suggested path.
    showSaveDialog: async ({ defaultPath }) => ({ canceled: false, filePath: defaultPath }),
    showOpenDialog: async () => (pick ? { canceled: false, filePaths: [pick] } : { canceled: true, filePaths: [] }),
    confirmUnencrypted: async () => false,
    openExternal: async () => undefined
  })
  // Structured clone is what Electron's IPC does to every payload.
  const bridge = createBridge(async (channel, payload) => structuredClone(await dispatch(channel, structuredClone(payload), { url: 'app://kugghjul/index.html' })))
  return {
    platform: createElectronPlatform(bridge),
    async willPick(file) {
      if (!file) return void (pick = null)
      pick = join(folder, file.name)
      await writeFile(pick, file.bytes)
    },
    saved: async (name) => new Uint8Array(await readFile(join(folder, name)))
  }
}

let previousWebHarness: AbortController | null = null

async function webHarness(): Promise<Harness> {
  previousWebHarness?.abort()
  const listeners = (previousWebHarness = new AbortController())
  const blobs = new Map<string, Blob>()
  const downloads = new Map<string, Blob>()
  let nextPick: { name: string; bytes: Uint8Array } | null = null
  document.body.innerHTML = ''
  // Play the user: a click on a download link "saves" it; a click on a file input picks a file.
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target as HTMLElement
      if (target instanceof HTMLAnchorElement && target.download) {
        event.preventDefault()
        downloads.set(target.download, blobs.get(target.href)!)
      }
      if (target instanceof HTMLInputElement && target.type === 'file') {
        event.preventDefault()
        const input = target
        setTimeout(() => {
          if (!nextPick) return input.dispatchEvent(new Event('cancel'))
          const file = new File([nextPick.bytes as BlobPart], nextPick.name)
          Object.defineProperty(input, 'files', { value: [file], configurable: true })
          input.dispatchEvent(new Event('change'))
        })
      }
    },
    { capture: true, signal: listeners.signal }
  )
  let counter = 0
  return {
    platform: createWebPlatform({
      document,
      createObjectUrl: (blob) => {
        const url = `blob:kugghjul/${++counter}`
        blobs.set(url, blob)
        return url
      },
      revokeObjectUrl: (url) => void blobs.delete(url)
    }),
    async willPick(file) {
      nextPick = file
    },
    saved: async (name) => new Uint8Array(await downloads.get(name)!.arrayBuffer())
  }
}

const csv = { name: 'Befolkning Kalmar län.csv', bytes: new TextEncoder().encode('"region","kön","2023"\n"0880 Kalmar","kvinnor",35000\n') }

describe.each([
  ['Electron', electronHarness],
  ['web', webHarness]
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
    const result = await harness.platform.saveFile('Intyg H-2026-014.pdf', bytes, [{ name: 'PDF', extensions: ['pdf'] }])
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
      for (const result of [written, listed, await platform.readAutomaticBackup('kugghjul-sakerhetskopia-2026-11-23T081530123Z.json')]) {
        expect(result).toEqual({ status: 'unsupported', message: expect.stringMatching(/bara i skrivbordsversionen.*Exportera/) })
      }
      return
    }
    if (written.status !== 'written' || listed.status !== 'listed') throw new Error('expected a written, listed backup')
    expect(listed.backups.map((b) => b.name)).toEqual([written.backup.name])
    expect(listed.backups[0]!.summary?.counts).toEqual({ settings: 0 })
    expect(await platform.readAutomaticBackup(written.backup.name)).toEqual({ status: 'read', name: written.backup.name, bytes })
  })

  it('never reads a file outside the backups by name', async () => {
    const { platform } = await makeHarness()
    const result = platform.readAutomaticBackup('../../etc/passwd')
    if (kind === 'web') await expect(result).resolves.toMatchObject({ status: 'unsupported' })
    else await expect(result).rejects.toThrow(/inte en säkerhetskopia som Kugghjul har sparat/)
  })
})
