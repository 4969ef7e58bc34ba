import type { ExternalLinks } from './external-links'

/**
 * Every Electron security setting Kugghjul relies on, in one place.
 * Functions take the Electron objects they act on, so they run in Node tests.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'kugghjul'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** Strict CSP: only the app's own files; images may be data:/blob: (uploaded logos, charts). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'"
].join('; ')

/** The constructor of Electron's BrowserWindow (or a test's stand-in). */
export type BrowserWindowConstructor<W> = new (options: Record<string, unknown>) => W

/**
 * Creates the app window with every isolation setting written out. The options
 * are a literal here, next to the constructor call, so Electronegativity can read them.
 */
export function createSecureWindow<W>(
  BrowserWindow: BrowserWindowConstructor<W>,
  preload: string,
  icon: string,
  isPackaged: boolean
): W {
  return new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Kugghjul',
    icon,
    backgroundColor: '#ffffff',
    webPreferences: {
      // Reviewed: the preload exposes only the typed IPC contract (src/preload/contract.ts), never ipcRenderer.
      preload, // eng-disable PRELOAD_JS_CHECK
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click would otherwise open links in a new Electron window.
      disableBlinkFeatures: 'Auxclick',
      // DevTools only while developing: an installed app cannot be opened up by a keyboard shortcut.
      devTools: !isPackaged,
      // On Windows and Linux Chromium downloads Hunspell dictionaries from Google; nothing may leave the machine.
      spellcheck: false
    }
  })
}

/** Whether a URL belongs to the app itself (or the dev server while developing). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}

interface NavigationEvent {
  preventDefault(): void
}

/** The parts of WebContents that hardening touches. */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent, url: string) => void): unknown
  on(event: 'will-attach-webview', listener: (event: NavigationEvent) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

/**
 * Blocks navigation away from the app, every new window and every webview.
 * Links outside the app go to the system's programs under the policy in
 * external-links.ts (https, mailto, http after a question).
 */
export function hardenWebContents(contents: HardenableContents, links: ExternalLinks, devServerUrl?: string): void {
  const guard = (event: NavigationEvent, url: string) => {
    if (isAppUrl(url, devServerUrl)) return
    event.preventDefault()
    void links.open(url)
  }
  contents.on('will-navigate', guard)
  contents.on('will-redirect', guard)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void links.open(url)
    return { action: 'deny' }
  })
}

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
  ): void
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void
}

/** Kugghjul needs no camera, microphone, notifications or geolocation: deny everything. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
