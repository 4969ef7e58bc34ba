import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { createExternalLinks } from '../../../src/main/external-links'
import { devServerUrlFor } from '../../../src/main/window'
import {
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  hardenWebContents,
  isAppUrl,
  createSecureWindow,
  type HardenableContents
} from '../../../src/main/security'

/** A stand-in for Electron's WebContents: records listeners, lets tests fire events. */
class FakeContents extends EventEmitter implements HardenableContents {
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler
  }
  navigate(url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    let prevented = false
    this.emit(event, { preventDefault: () => (prevented = true) }, url)
    return prevented
  }
}

describe('web preferences', () => {
  it('spells out every isolation setting', () => {
    class FakeBrowserWindow {
      constructor(readonly options: Record<string, unknown>) {}
    }
    const window = createSecureWindow(FakeBrowserWindow, '/app/preload/index.cjs', '/app/icon.png', true)
    expect(window.options['webPreferences']).toMatchObject({
      devTools: false,
      spellcheck: false,
      preload: '/app/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
  })

  it('gives DevTools and the dev server only to an unpackaged app', () => {
    class FakeBrowserWindow {
      constructor(readonly options: Record<string, unknown>) {}
    }
    const devTools = (packaged: boolean) =>
      (
        createSecureWindow(FakeBrowserWindow, '/p', '/i', packaged).options['webPreferences'] as Record<string, unknown>
      )['devTools']
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' }
    expect(devTools(false)).toBe(true)
    expect(devTools(true)).toBe(false)
    expect(devServerUrlFor(false, env)).toBe('http://localhost:5173')
    expect(devServerUrlFor(true, env)).toBeUndefined()
    expect(devServerUrlFor(false, {})).toBeUndefined()
  })

  it('has a CSP that allows only the app itself to run scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/)
  })
})

function recordingLinks(confirm = false) {
  const openExternal = vi.fn(async (_url: string) => undefined)
  const confirmUnencrypted = vi.fn(async (_url: string) => confirm)
  return { openExternal, confirmUnencrypted, links: createExternalLinks({ openExternal, confirmUnencrypted }) }
}

describe('navigation', () => {
  it('stays inside the app and sends https and mailto links to the system, http only after asking', async () => {
    const contents = new FakeContents()
    const { openExternal, confirmUnencrypted, links } = recordingLinks()
    hardenWebContents(contents, links)

    expect(contents.navigate('app://kugghjul/index.html#/installningar')).toBe(false)
    expect(contents.navigate('https://www.scb.se/')).toBe(true)
    expect(contents.navigate('mailto:asa.oberg@kalmar.se')).toBe(true)
    expect(contents.navigate('file:///etc/passwd')).toBe(true)
    expect(contents.navigate('http://example.com/', 'will-redirect')).toBe(true)
    await vi.waitFor(() => expect(confirmUnencrypted).toHaveBeenCalledWith('http://example.com/'))
    expect(openExternal.mock.calls).toEqual([['https://www.scb.se/'], ['mailto:asa.oberg@kalmar.se']])
  })

  it('denies every new window, opening only allowed links outside', async () => {
    const contents = new FakeContents()
    const { openExternal, links } = recordingLinks()
    hardenWebContents(contents, links)
    expect(contents.windowOpenHandler?.({ url: 'https://kolada.se/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://kolada.se/'))
  })

  it('refuses webviews', () => {
    const contents = new FakeContents()
    hardenWebContents(contents, recordingLinks().links)
    let prevented = false
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
  })

  it('allows the dev server only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/#/', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5173/#/')).toBe(false)
    expect(isAppUrl('app://other/index.html')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
  })
})

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined
    let checkHandler: ((...args: unknown[]) => boolean) | undefined
    denyAllPermissions({
      setPermissionRequestHandler: (h) => (requestHandler = h),
      setPermissionCheckHandler: (h) => (checkHandler = h)
    })
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      requestHandler?.({}, permission, (granted) => answers.push(granted))
    }
    expect(answers).toEqual([false, false, false, false])
    expect(checkHandler?.({}, 'media')).toBe(false)
  })
})
