import type { KugghjulBridge } from '../../../preload/contract'
import type { Platform } from './platform'

export function createElectronPlatform(bridge: KugghjulBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => bridge.appInfo(),
    saveFile: (suggestedName, data, filters) => bridge.saveFile({ suggestedName, data, filters }),
    openFile: (filters, maxBytes) => bridge.openFile({ filters, maxBytes }),
    writeAutomaticBackup: (data, kind) => bridge.writeBackup({ data, kind }),
    listAutomaticBackups: () => bridge.listBackups(),
    readAutomaticBackup: (name) => bridge.readBackup({ name })
  }
}
