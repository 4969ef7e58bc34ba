import type {
  BackupKind,
  BackupPlacesStatus,
  ChooseBackupFolderResult,
  WriteBackupResult
} from '../../preload/contract'
import type { MainSettingsStore, PlaceRecord } from '../settings/main-settings'
import type { BackupFolder } from './backup-folder'

/**
 * Where automatic backups go: the backups folder in the app's data folder,
 * and a second folder the user may choose (a network share or a synced
 * folder), so a lost laptop loses nothing. The second place gets the same
 * files, names and rotation; when it cannot be reached the local backup is
 * still made and the failure is kept for the renderer to warn about.
 */
export interface BackupPlaces {
  write(data: Uint8Array, kind: BackupKind): Promise<WriteBackupResult>
  status(): Promise<BackupPlacesStatus>
  /** `folder` comes from the system's folder dialog, never from the renderer. */
  chooseSecond(folder: string): Promise<ChooseBackupFolderResult>
  forgetSecond(): Promise<BackupPlacesStatus>
}

export interface BackupPlacesDeps {
  localFolder: string
  local: BackupFolder
  /** The backup folder object for the chosen second folder (it must already exist). */
  openSecond(folder: string): BackupFolder
  settings: MainSettingsStore
  /** Whether `folder` is a folder Kugghjul can write to now. */
  isWritableFolder(folder: string): Promise<boolean>
  /** The same folder or one inside the other (the second place must be somewhere else). */
  overlaps(a: string, b: string): boolean
  now(): Date
}

/** Why a place could not be written to, in words a coordinator can act on (the screens name the folder). */
export function unreachableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'Mappen finns inte. Är nätverksenheten ansluten?'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'Kugghjul får inte skriva i mappen.'
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'Disken är full.'
  return `Mappen gick inte att skriva till${code ? ` (${code})` : ''}.`
}

export function createBackupPlaces(deps: BackupPlacesDeps): BackupPlaces {
  const succeeded = (place: PlaceRecord, at: string) => Object.assign(place, { lastSucceededAt: at, lastError: null })
  const failed = (place: PlaceRecord, at: string, message: string) =>
    Object.assign(place, { lastFailedAt: at, lastError: message })

  async function status(): Promise<BackupPlacesStatus> {
    const settings = await deps.settings.read()
    const second = settings.secondBackupFolder
    return {
      local: { folder: deps.localFolder, ...settings.backupPlaces.local },
      second: second
        ? { folder: second, ...settings.backupPlaces.second, reachable: await deps.isWritableFolder(second) }
        : null
    }
  }

  async function writeSecond(folder: string, data: Uint8Array, kind: BackupKind, at: Date): Promise<void> {
    let outcome: { ok: true } | { ok: false; message: string }
    try {
      const written = await deps.openSecond(folder).write(data, kind, at)
      outcome = written.status === 'written' ? { ok: true } : { ok: false, message: written.message }
    } catch (error) {
      outcome = { ok: false, message: unreachableReason(error) }
    }
    await deps.settings.update((s) => {
      if (s.secondBackupFolder !== folder) return
      if (outcome.ok) succeeded(s.backupPlaces.second, at.toISOString())
      else failed(s.backupPlaces.second, at.toISOString(), outcome.message)
    })
  }

  return {
    status,

    async write(data, kind) {
      let local: Awaited<ReturnType<BackupFolder['write']>> | undefined
      let localError: unknown
      try {
        local = await deps.local.write(data, kind, deps.now())
      } catch (error) {
        localError = error
      }
      if (local?.status === 'refused') return local
      // The time the local copy was named by, so the same backup has the same name in both places.
      const at = local ? new Date(local.backup.createdAt) : deps.now()
      // Only the regular backups go to the second place; the one kept before a restore stays on this computer.
      const second = (await deps.settings.read()).secondBackupFolder
      if (second && kind === 'automatic') await writeSecond(second, data, kind, at)
      if (!local) {
        await deps.settings.update(
          (s) => void failed(s.backupPlaces.local, at.toISOString(), unreachableReason(localError))
        )
        throw localError
      }
      await deps.settings.update((s) => void succeeded(s.backupPlaces.local, at.toISOString()))
      return { ...local, places: await status() }
    },

    async chooseSecond(folder) {
      if (deps.overlaps(folder, deps.localFolder)) {
        return {
          status: 'refused',
          message:
            'Välj en mapp utanför Kugghjuls egen datamapp, helst på en annan enhet (en nätverksenhet eller en synkroniserad mapp).'
        }
      }
      if (!(await deps.isWritableFolder(folder))) {
        return {
          status: 'refused',
          message: `Kugghjul kan inte skriva i ${folder}. Välj en mapp som du har skrivrätt till.`
        }
      }
      await deps.settings.update((s) => {
        s.secondBackupFolder = folder
        s.backupPlaces.second = { lastSucceededAt: null, lastFailedAt: null, lastError: null }
      })
      return { status: 'chosen', places: await status() }
    },

    async forgetSecond() {
      await deps.settings.update((s) => {
        s.secondBackupFolder = null
        s.backupPlaces.second = { lastSucceededAt: null, lastFailedAt: null, lastError: null }
      })
      return status()
    }
  }
}
