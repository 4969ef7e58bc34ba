import type { BackupFolder } from '../backups/backup-folder'
import type { IpcHandlers } from './dispatcher'

type BackupChannels = 'backups:write' | 'backups:list' | 'backups:read'

/** The automatic-backup channels. Main decides every name and folder; the renderer only hands over bytes or a listed name. */
export function createBackupHandlers(backups: BackupFolder): Pick<IpcHandlers, BackupChannels> {
  return {
    'backups:write': (request) => backups.write(request.data, request.kind),
    'backups:list': () => backups.list(),
    'backups:read': (request) => backups.read(request.name)
  }
}
