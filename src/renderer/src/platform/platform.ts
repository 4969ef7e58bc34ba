import type * as Contract from '../../../preload/contract'

/** The contract's types the screens and stores use, so they need not reach into the preload. */
export type {
  AppInfo,
  BackupInfo,
  BackupPlacesStatus,
  BackupPlaceStatus,
  FileFilter,
  OpenExternalResult,
  OpenFileResult,
  SaveFileResult
} from '../../../preload/contract'
export { openFileLimits } from '../../../preload/contract'

/** What a platform returns for a feature it does not have; `message` is Swedish, for the UI to show. */
export interface Unsupported {
  status: 'unsupported'
  message: string
}

/**
 * What the renderer needs from the machine it runs on. Two implementations:
 * Electron (through window.kugghjul) and the web (download / file input).
 */
export interface Platform {
  readonly kind: 'electron' | 'web'
  appInfo(): Promise<Contract.AppInfo>
  /** Saves bytes where the user chooses (save dialog, or a browser download). */
  saveFile(suggestedName: string, data: Uint8Array, filters: Contract.FileFilter[]): Promise<Contract.SaveFileResult>
  /** Lets the user pick one file and returns its bytes; `maxBytes` is one of openFileLimits. */
  openFile(filters: Contract.FileFilter[], maxBytes: number): Promise<Contract.OpenFileResult>
  /** Opens a web page or a mailto: link in the system's own program (desktop: only under main's link policy). */
  openLink(url: string): Promise<Contract.OpenExternalResult>
  /** Keeps a backup (bytes from exportBackup) in the automatic-backup folder; old ones are rotated. Desktop only. */
  writeAutomaticBackup(data: Uint8Array, kind: Contract.BackupKind): Promise<Contract.WriteBackupResult | Unsupported>
  /** The automatic backups, newest first, with date, size and counts. Desktop only. */
  listAutomaticBackups(): Promise<Contract.ListBackupsResult | Unsupported>
  /** One automatic backup's bytes, by a name from listAutomaticBackups. Desktop only. */
  readAutomaticBackup(name: string): Promise<Contract.ReadBackupResult | Unsupported>
  /** Where automatic backups go and how the last ones went. Desktop only. */
  backupPlaces(): Promise<Contract.BackupPlacesStatus | Unsupported>
  /** Lets the user choose a second backup folder in the system's folder dialog. Desktop only. */
  chooseSecondBackupFolder(): Promise<Contract.ChooseBackupFolderResult | Unsupported>
  /**
   * Whether a form holds unsaved changes: closing the window (desktop) or
   * reloading or closing the tab (web) then asks first.
   */
  reportUnsavedChanges(unsaved: boolean): Promise<void>
  /** Stops writing backups to the second folder (the files there stay). Desktop only. */
  forgetSecondBackupFolder(): Promise<Contract.BackupPlacesStatus | Unsupported>
}
