import { bridgeChannels, type IpcChannel, type KugghjulBridge } from './contract'

export type Invoke = (channel: IpcChannel, payload: unknown) => Promise<unknown>

/**
 * Builds the object exposed as `window.kugghjul`: one method per contract
 * channel and nothing else, so the renderer never sees ipcRenderer.
 */
export function createBridge(invoke: Invoke): KugghjulBridge {
  return Object.freeze({
    appInfo: () => invoke(bridgeChannels.appInfo, null),
    saveFile: (request) => invoke(bridgeChannels.saveFile, request),
    openFile: (request) => invoke(bridgeChannels.openFile, request),
    writeBackup: (request) => invoke(bridgeChannels.writeBackup, request),
    listBackups: () => invoke(bridgeChannels.listBackups, null),
    readBackup: (request) => invoke(bridgeChannels.readBackup, request)
  } as KugghjulBridge)
}
