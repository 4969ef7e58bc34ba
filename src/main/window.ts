import { join } from 'node:path'
import { APP_ORIGIN, secureWebPreferences } from './security'

/** Options for the one Kugghjul window. */
export function mainWindowOptions(preloadPath: string, iconPath: string) {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Kugghjul',
    icon: iconPath,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath)
  }
}

/** Where the window loads the app: the dev server while developing, app:// otherwise. */
export function startUrl(devServerUrl: string | undefined): string {
  return devServerUrl ? devServerUrl : `${APP_ORIGIN}/index.html`
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs')
}
