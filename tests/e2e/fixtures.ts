/**
 * The test object every end-to-end spec uses. The Playwright project decides
 * the platform: "web" runs the renderer on the web bridge (downloads, file
 * inputs), "desktop" on the Electron bridge wired to the real main-process
 * code (desktop/main-harness.ts). `files` plays the user at the file dialogs
 * the same way on both, so one journey runs on both platforms.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { test as base, expect, type Page, type TestInfo } from '@playwright/test'
import { build } from 'esbuild'
import { DESKTOP_BINDING } from './desktop/binding-name'
import { startDesktopMain, type DesktopHarness } from './desktop/main-harness'

export type PlatformMode = 'web' | 'desktop'

export interface SavedFile {
  /** Where the test can read it. */
  path: string
  /** The name the app proposed. */
  name: string
}

export interface PickedFile {
  name: string
  buffer: Buffer
  mimeType?: string
}

export interface FileDialogs {
  /** Does `trigger` (a click) and returns the file the app saved, the user accepting the proposed name. */
  save(trigger: () => Promise<unknown>): Promise<SavedFile>
  /** Does `trigger` and picks `file` (a path or bytes with a name) in the open dialog that follows. */
  open(trigger: () => Promise<unknown>, file: string | PickedFile): Promise<void>
  /** Does `trigger` and cancels the open dialog. */
  cancelOpen(trigger: () => Promise<unknown>): Promise<void>
}

let pageBridge: Promise<string> | undefined

/** The page side of the desktop bridge, bundled once per worker. */
function pageBridgeScript(): Promise<string> {
  pageBridge ??= build({
    entryPoints: [join(import.meta.dirname, 'desktop', 'page-bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false
  }).then((result) => result.outputFiles[0]!.text)
  return pageBridge
}

function webDialogs(page: Page, testInfo: TestInfo): FileDialogs {
  return {
    async save(trigger) {
      const download = page.waitForEvent('download')
      await trigger()
      const file = await download
      const path = testInfo.outputPath('hämtade', file.suggestedFilename())
      await file.saveAs(path)
      return { path, name: file.suggestedFilename() }
    },
    async open(trigger, file) {
      const chooser = page.waitForEvent('filechooser')
      await trigger()
      await (
        await chooser
      ).setFiles(typeof file === 'string' ? file : { mimeType: 'application/octet-stream', ...file })
    },
    async cancelOpen(trigger) {
      const chooser = page.waitForEvent('filechooser')
      await trigger()
      await (await chooser).setFiles([])
    }
  }
}

function desktopDialogs(desktop: DesktopHarness): FileDialogs {
  return {
    async save(trigger) {
      const saved = desktop.nextSave()
      await trigger()
      const path = await saved
      return { path, name: basename(path) }
    },
    async open(trigger, file) {
      const path =
        typeof file === 'string' ? join(desktop.pickFolder, basename(file)) : join(desktop.pickFolder, file.name)
      await writeFile(path, typeof file === 'string' ? await readFile(file) : file.buffer)
      desktop.answerNextOpen(path)
      await trigger()
    },
    async cancelOpen(trigger) {
      desktop.answerNextOpen(null)
      await trigger()
    }
  }
}

export const test = base.extend<{ desktop: DesktopHarness | null; files: FileDialogs }, { platformMode: PlatformMode }>(
  {
    platformMode: ['web', { option: true, scope: 'worker' }],

    desktop: [
      async ({ platformMode, context, baseURL }, use, testInfo) => {
        if (platformMode !== 'desktop') return use(null)
        const harness = await startDesktopMain(testInfo.outputPath('skrivbord'), new URL(baseURL!).origin)
        await context.exposeBinding(DESKTOP_BINDING, ({ frame }, channel: unknown, payload: unknown) =>
          harness.invoke(channel, payload, frame.url())
        )
        await context.addInitScript({ content: await pageBridgeScript() })
        await use(harness)
      },
      { auto: true }
    ],

    files: async ({ page, desktop }, use, testInfo) =>
      use(desktop ? desktopDialogs(desktop) : webDialogs(page, testInfo))
  }
)

export { expect }

/**
 * For a test in a platform-journey spec that never reaches the platform (no file, backup or link):
 * the desktop project leaves it out (`grepInvert` in playwright.config.ts), since it would only run twice.
 */
export const browserOnly = { tag: '@browser-only' }
