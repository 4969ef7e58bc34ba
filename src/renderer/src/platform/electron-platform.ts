import type { KugghjulBridge } from '../../../preload/contract'
import type { Platform } from './platform'

export function createElectronPlatform(bridge: KugghjulBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => bridge.appInfo(),
    saveFile: (suggestedName, data, filters) => bridge.saveFile({ suggestedName, data, filters }),
    openFile: (filters, maxBytes) => bridge.openFile({ filters, maxBytes })
  }
}
