import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  hardenWebContents,
  isAppUrl,
  isSafeExternalUrl,
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
    const window = createSecureWindow(FakeBrowserWindow, '/app/preload/index.cjs', '/app/icon.png')
    expect(window.options['webPreferences']).toMatchObject({
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

  it('has a CSP that allows only the app itself to run scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/)
  })
})

describe('navigation', () => {
  it('stays inside the app and sends https links to the system browser', () => {
    const contents = new FakeContents()
    const openExternal = vi.fn(async () => undefined)
    hardenWebContents(contents, { openExternal })

    expect(contents.navigate('app://kugghjul/index.html#/installningar')).toBe(false)
    expect(contents.navigate('https://www.scb.se/')).toBe(true)
    expect(openExternal).toHaveBeenCalledWith('https://www.scb.se/')
    expect(contents.navigate('file:///etc/passwd')).toBe(true)
    expect(contents.navigate('http://example.com/', 'will-redirect')).toBe(true)
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it('denies every new window, opening only https links outside', () => {
    const contents = new FakeContents()
    const openExternal = vi.fn(async () => undefined)
    hardenWebContents(contents, { openExternal })
    expect(contents.windowOpenHandler?.({ url: 'https://kolada.se/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://kolada.se/')
  })

  it('refuses webviews', () => {
    const contents = new FakeContents()
    hardenWebContents(contents, { openExternal: vi.fn(async () => undefined) })
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

  it('treats only plain https as safe to open outside', () => {
    expect(isSafeExternalUrl('https://www.regeringen.se/')).toBe(true)
    expect(isSafeExternalUrl('http://www.regeringen.se/')).toBe(false)
    expect(isSafeExternalUrl('https://user:pw@evil.example/')).toBe(false)
    expect(isSafeExternalUrl('smb://server/share')).toBe(false)
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
