import { join } from 'node:path'
import { APP_ORIGIN } from './security'

/** The dev server (electron-vite dev) is only ever loaded by an unpackaged app: an installed one ignores ELECTRON_RENDERER_URL. */
export function devServerUrlFor(isPackaged: boolean, env: Record<string, string | undefined>): string | undefined {
  return isPackaged ? undefined : env['ELECTRON_RENDERER_URL'] || undefined
}

/** Where the window loads the app: the dev server while developing, app:// otherwise. */
export function startUrl(devServerUrl: string | undefined): string {
  return devServerUrl ? devServerUrl : `${APP_ORIGIN}/index.html`
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs')
}
