import { errorMessage } from '@/domain/error-message'
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { startAutomaticBackups } from '@/data/backup/automatic-backup-schedule'
import { exportBackupInWorker } from '@/data/backup/backup-export-client'
import type { BackupHeader } from '@/data/backup/backup-format'
import { MAX_BACKUP_BYTES } from '@/data/backup/backup-parse'
import { restoreBackup } from '@/data/backup/backup-restore'
import { validateBackup } from '@/data/backup/backup-validation'
import { useDatabase } from '@/data/database-instance'
import { reanonymisedNotice } from '@/data/privacy/contact-person-anonymisation'
import type { BackupInfo, BackupPlacesStatus, Platform } from '@/platform/platform'
import { useAppStore } from './app'

const RESTORED_FLAG = 'kugghjul-restored'
const BACKUP_FILTERS = [{ name: 'Kugghjul-säkerhetskopia', extensions: ['json'] }]

/** A file that passed validation and waits for the user to say "replace everything". */
export interface PendingRestore {
  source: string
  bytes: Uint8Array
  header: BackupHeader
}

/**
 * Backups: export now, the automatic backups the desktop app keeps, and
 * restore (validated before anything changes, with a safety backup first).
 */
export const useBackupsStore = defineStore('backups', () => {
  const app = useAppStore()
  const automatic = ref<BackupInfo[] | null>(null)
  const automaticMessage = ref('')
  const lastAutomaticError = ref('')
  /** Desktop: where automatic backups go and how the last ones went; null in the browser. */
  const places = ref<BackupPlacesStatus | null>(null)

  const appVersion = () => app.info?.version ?? '0.0.0'

  async function exportNow(): Promise<string | null> {
    const backup = await exportBackupInWorker(useDatabase(), { appVersion: appVersion() })
    const saved = await app.requirePlatform().saveFile(backup.suggestedName, backup.bytes, BACKUP_FILTERS)
    return saved.status === 'saved' ? saved.path : null
  }

  async function refreshAutomatic(): Promise<void> {
    const result = await app.requirePlatform().listAutomaticBackups()
    if (result.status === 'unsupported') {
      automatic.value = null
      automaticMessage.value = result.message
    } else automatic.value = result.backups
  }

  async function refreshPlaces(): Promise<void> {
    const result = await app.requirePlatform().backupPlaces()
    places.value = 'status' in result ? null : result
  }

  /** One automatic backup, into the local folder and the second folder if one is chosen. */
  async function writeAutomatic(platform: Platform): Promise<void> {
    try {
      const backup = await exportBackupInWorker(useDatabase(), { appVersion: appVersion() })
      const written = await platform.writeAutomaticBackup(backup.bytes, 'automatic')
      if (written.status !== 'written')
        throw new Error('message' in written ? written.message : 'Säkerhetskopian skrevs inte.')
      places.value = written.places
      lastAutomaticError.value = ''
    } catch (error) {
      // The places' own record says which one failed and why.
      await refreshPlaces().catch(() => undefined)
      throw error
    }
  }

  /** "Säkerhetskopiera nu": the same backup the schedule makes, at once. */
  async function backupNow(): Promise<void> {
    await writeAutomatic(app.requirePlatform())
    await refreshAutomatic()
  }

  /** The system's folder dialog; returns a Swedish sentence for the screen, or null when the user cancelled. */
  async function chooseSecondFolder(): Promise<string | null> {
    const result = await app.requirePlatform().chooseSecondBackupFolder()
    if (result.status === 'cancelled') return null
    if (result.status !== 'chosen') throw new Error(result.message)
    places.value = result.places
    await backupNow()
    return `Säkerhetskopiorna sparas nu också i ${result.places.second?.folder}. En första kopia sparades där nyss.`
  }

  async function forgetSecondFolder(): Promise<string> {
    const folder = places.value?.second?.folder
    const result = await app.requirePlatform().forgetSecondBackupFolder()
    if (!('status' in result)) places.value = result
    return `Säkerhetskopiorna sparas inte längre i ${folder}. Filerna som redan finns där ligger kvar.`
  }

  /** Desktop only: a backup at start and then daily, into the backups folder main rotates. */
  function startSchedule(): () => void {
    const platform = app.requirePlatform()
    if (platform.kind !== 'electron') return () => undefined
    return startAutomaticBackups({
      takeBackup: () => writeAutomatic(platform),
      onError: (error) =>
        (lastAutomaticError.value = `Den automatiska säkerhetskopian misslyckades: ${errorMessage(error)}`),
      setInterval: (run, ms) => window.setInterval(run, ms),
      clearInterval: (handle) => window.clearInterval(handle as number)
    })
  }

  /** Checks a file; a problem comes back as a Swedish message and nothing changes. */
  async function check(
    source: string,
    bytes: Uint8Array
  ): Promise<{ ok: true; pending: PendingRestore } | { ok: false; message: string }> {
    const result = await validateBackup(useDatabase(), bytes)
    return result.ok
      ? { ok: true, pending: { source, bytes, header: result.backup.header } }
      : { ok: false, message: result.problem.message }
  }

  async function openFile(): Promise<{ ok: true; pending: PendingRestore } | { ok: false; message: string } | null> {
    const picked = await app.requirePlatform().openFile(BACKUP_FILTERS, MAX_BACKUP_BYTES)
    if (picked.status === 'cancelled') return null
    if (picked.status === 'too-large')
      return {
        ok: false,
        message: `Filen "${picked.name}" är för stor för att vara en säkerhetskopia från Kugghjul. Inget har ändrats.`
      }
    return check(picked.name, picked.bytes)
  }

  async function openAutomatic(
    name: string
  ): Promise<{ ok: true; pending: PendingRestore } | { ok: false; message: string }> {
    const read = await app.requirePlatform().readAutomaticBackup(name)
    if (read.status === 'unsupported') return { ok: false, message: read.message }
    if (read.status === 'not-found')
      return { ok: false, message: `Säkerhetskopian ${name} finns inte längre. Uppdatera listan.` }
    return check(name, read.bytes)
  }

  /**
   * Replaces everything with the pending file. The current data is kept first:
   * in the desktop app in the backups folder, in the browser as a download.
   * On success the app reloads, so every screen reads the restored data.
   */
  async function restore(pending: PendingRestore): Promise<{ ok: false; message: string } | { ok: true }> {
    const platform = app.requirePlatform()
    const db = useDatabase()
    const result = await restoreBackup(db, pending.bytes, {
      appVersion: appVersion(),
      exportSafetyBackup: () => exportBackupInWorker(db, { appVersion: appVersion() }),
      keepSafetyBackup: async (safety) => {
        if (platform.kind === 'electron') {
          const written = await platform.writeAutomaticBackup(safety.bytes, 'before-restore')
          if (written.status !== 'written')
            throw new Error(
              'message' in written ? written.message : 'Säkerhetskopian av nuvarande data kunde inte sparas.'
            )
        } else {
          await platform.saveFile(
            safety.suggestedName.replace('sakerhetskopia', 'fore-aterstallning'),
            safety.bytes,
            BACKUP_FILTERS
          )
        }
      }
    })
    if (!result.ok) return { ok: false, message: result.problem.message }
    const notice = `Registret återställdes från ${pending.source} (${pending.header.createdAt.slice(0, 10)}). Det som fanns innan sparades som en egen säkerhetskopia.`
    sessionStorage.setItem(RESTORED_FLAG, [notice, reanonymisedNotice(result.reanonymised)].join(' ').trim())
    window.location.reload()
    return { ok: true }
  }

  /** After a restore and reload: what was restored, once. */
  function takeRestoredNotice(): string | null {
    const value = sessionStorage.getItem(RESTORED_FLAG)
    sessionStorage.removeItem(RESTORED_FLAG)
    return value
  }

  return {
    automatic,
    automaticMessage,
    lastAutomaticError,
    places,
    exportNow,
    refreshAutomatic,
    refreshPlaces,
    backupNow,
    chooseSecondFolder,
    forgetSecondFolder,
    startSchedule,
    openFile,
    openAutomatic,
    restore,
    takeRestoredNotice
  }
})
