import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMainServices } from '../../../src/main/main-services'
import { createBridge } from '../../../src/preload/bridge'
import { createElectronPlatform } from '@/platform/electron-platform'
import type { Platform } from '@/platform/platform'
import { createWebPlatform } from '@/platform/web-platform'

/** A real platform, and what a test needs to play the user: pick a file, see what was saved. */
export interface PlatformHarness {
  platform: Platform
  /** The file the user picks in the next open dialog; null = the user cancels. */
  willPick(file: { name: string; bytes: Uint8Array } | null): Promise<void>
  /** Bytes of what was saved under `name`. */
  saved(name: string): Promise<Uint8Array>
  /** Names of what was saved (downloads, or files in the documents folder). */
  savedNames(): Promise<string[]>
}

/**
 * The web platform in happy-dom (the test file needs `// @vitest-environment happy-dom`):
 * a click on a download link "saves" it, a click on a file input picks a file.
 */
export function webHarness(signal: AbortSignal): PlatformHarness {
  const blobs = new Map<string, Blob>()
  const downloads = new Map<string, Blob>()
  let nextPick: { name: string; bytes: Uint8Array } | null = null
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
    { capture: true, signal }
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
    async saved(name) {
      const blob = downloads.get(name)
      if (!blob) throw new Error(`Nothing was saved as ${name}; saved: ${[...downloads.keys()].join(', ')}`)
      return new Uint8Array(await blob.arrayBuffer())
    },
    savedNames: async () => [...downloads.keys()]
  }
}

/** The Electron platform over the real preload bridge and main services, on a temp folder. */
export async function electronHarness(): Promise<PlatformHarness & { folder: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'kugghjul-store-'))
  const documents = join(folder, 'Dokument')
  await mkdir(documents)
  let pick: string | null = null
  const { dispatch } = createMainServices({
    version: '0.1.0',
    userData: folder,
    documents,
    showSaveDialog: async ({ defaultPath }) => ({ canceled: false, filePath: defaultPath }),
    showOpenDialog: async () => (pick ? { canceled: false, filePaths: [pick] } : { canceled: true, filePaths: [] }),
    confirmUnencrypted: async () => false,
    openExternal: async () => undefined,
    askToClose: () => true
  })
  const bridge = createBridge(async (channel, payload) =>
    structuredClone(await dispatch(channel, structuredClone(payload), { url: 'app://kugghjul/index.html' }))
  )
  return {
    folder,
    platform: createElectronPlatform(bridge),
    async willPick(file) {
      if (!file) return void (pick = null)
      pick = join(folder, file.name)
      await writeFile(pick, file.bytes)
    },
    saved: async (name) => new Uint8Array(await readFile(join(documents, name))),
    savedNames: async () => readdir(documents)
  }
}
