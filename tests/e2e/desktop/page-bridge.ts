/**
 * Runs in the page before the app, in place of Electron's preload: builds
 * window.kugghjul with the preload's own createBridge, and sends every call
 * through a Playwright binding to the real main-process dispatcher in the
 * test's Node process. Payloads are structured-cloned first, as Electron's
 * IPC does (a Vue proxy or a function in a payload fails here as it would there).
 */
import { createBridge } from '../../../src/preload/bridge'
import { DESKTOP_BINDING } from './binding-name'
import { decodeIpc, encodeIpc } from './ipc-codec'

type Binding = (channel: string, payload: unknown) => Promise<unknown>

const bridge = createBridge(async (channel, payload) => {
  const send = (window as unknown as Record<string, Binding>)[DESKTOP_BINDING]
  if (!send) throw new Error('Skrivbordsbryggan saknas i testet.')
  return decodeIpc(await send(channel, encodeIpc(structuredClone(payload))))
})

// contextBridge.exposeInMainWorld gives a read-only property holding a frozen object.
Object.defineProperty(window, 'kugghjul', { value: bridge, writable: false, configurable: false, enumerable: true })
