import { join } from 'node:path'
import { APP_ORIGIN } from './security'

/** Where the window loads the app: the dev server while developing, app:// otherwise. */
export function startUrl(devServerUrl: string | undefined): string {
  return devServerUrl ? devServerUrl : `${APP_ORIGIN}/index.html`
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs')
}
