import { toSafeFileName, type KugghjulBridge } from '../../../preload/contract'
import type { Platform } from './platform'

export function createElectronPlatform(bridge: KugghjulBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => bridge.appInfo(),
    // Main refuses names with folders or reserved characters; a member's name may carry them ("Vård/omsorg").
    saveFile: (suggestedName, data, filters) =>
      bridge.saveFile({ suggestedName: toSafeFileName(suggestedName), data, filters }),
    openFile: (filters, maxBytes) => bridge.openFile({ filters, maxBytes }),
    openLink: (url) => bridge.openLink({ url }),
    writeAutomaticBackup: (data, kind) => bridge.writeBackup({ data, kind }),
    listAutomaticBackups: () => bridge.listBackups(),
    readAutomaticBackup: (name) => bridge.readBackup({ name }),
    backupPlaces: () => bridge.backupStatus(),
    chooseSecondBackupFolder: () => bridge.chooseSecondBackupFolder(),
    forgetSecondBackupFolder: () => bridge.forgetSecondBackupFolder(),
    // Main asks with its own question box when the window is closed (a beforeunload would cancel the close silently).
    reportUnsavedChanges: async (unsaved) => void (await bridge.reportUnsavedChanges({ unsaved }))
  }
}
