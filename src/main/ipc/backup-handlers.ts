import type { BackupFolder } from '../backups/backup-folder'
import type { BackupPlaces } from '../backups/backup-places'
import type { IpcHandlers } from './dispatcher'
import type { OpenDialogResult } from './handlers'

type BackupChannels =
  | 'backups:write'
  | 'backups:list'
  | 'backups:read'
  | 'backups:status'
  | 'backups:choose-second-folder'
  | 'backups:forget-second-folder'

export interface BackupHandlerDeps {
  /** The local backups folder, listed and read for restores. */
  backups: BackupFolder
  /** Both places automatic backups are written to. */
  backupPlaces: BackupPlaces
  showOpenFolderDialog(options: {
    title: string
    properties: ['openDirectory', 'createDirectory']
  }): Promise<OpenDialogResult>
}

/** The automatic-backup channels. Main decides every name and folder; the renderer only hands over bytes or a listed name. */
export function createBackupHandlers(deps: BackupHandlerDeps): Pick<IpcHandlers, BackupChannels> {
  return {
    'backups:write': (request) => deps.backupPlaces.write(request.data, request.kind),
    'backups:list': () => deps.backups.list(),
    'backups:read': (request) => deps.backups.read(request.name),
    'backups:status': () => deps.backupPlaces.status(),
    // The second folder's path comes from the system dialog and stays in main.
    'backups:choose-second-folder': async () => {
      const choice = await deps.showOpenFolderDialog({
        title: 'Välj en andra mapp för säkerhetskopior',
        properties: ['openDirectory', 'createDirectory']
      })
      const folder = choice.filePaths[0]
      if (choice.canceled || !folder) return { status: 'cancelled' }
      return deps.backupPlaces.chooseSecond(folder)
    },
    'backups:forget-second-folder': () => deps.backupPlaces.forgetSecond()
  }
}
