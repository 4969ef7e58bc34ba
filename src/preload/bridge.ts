import { bridgeChannels, type IpcChannel, type KugghjulBridge } from './contract'

export type Invoke = (channel: IpcChannel, payload: unknown) => Promise<unknown>

/**
 * Builds the object exposed as `window.kugghjul`: one method per contract
 * channel (bridgeChannels) and nothing else, so the renderer never sees ipcRenderer.
 */
export function createBridge(invoke: Invoke): KugghjulBridge {
  const methods = Object.entries(bridgeChannels).map(([method, channel]) => [
    method,
    (request?: unknown) => invoke(channel, request ?? null)
  ])
  return Object.freeze(Object.fromEntries(methods)) as KugghjulBridge
}
