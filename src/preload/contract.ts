/**
 * The one IPC contract between the renderer and the main process.
 *
 * Every channel is listed here with its request and response types and a
 * validator for the request. Main validates every payload with these before a
 * handler sees it; the preload exposes exactly these channels as
 * `window.kugghjul`; the renderer's Electron platform calls them. This file
 * imports nothing, so all three parts can share it.
 */

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface AppInfo {
  version: string
  dataFolder: string
  platform: 'electron' | 'web'
}

export interface SaveFileRequest {
  suggestedName: string
  filters: FileFilter[]
  data: Uint8Array
}

export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' }

export interface OpenFileRequest {
  filters: FileFilter[]
  maxBytes: number
}

export type OpenFileResult =
  | { status: 'opened'; name: string; bytes: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'too-large'; name: string; size: number; maxBytes: number }

/**
 * Automatic backups live in <userData>/backups under names main makes:
 * kugghjul-sakerhetskopia-2026-11-24T004412345+0100.json (automatic) or
 * kugghjul-fore-aterstallning-….json (the state kept before a restore);
 * the time is the machine's local time with its UTC offset. Names written
 * before that end in Z (UTC) and are still read. A read names one of these,
 * and nothing else matches.
 */
export const BACKUP_NAME_PATTERN =
  /^kugghjul-(sakerhetskopia|fore-aterstallning)-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})(Z|[+-]\d{2}[0-5]\d)\.json$/

export type BackupKind = 'automatic' | 'before-restore'
export const backupKinds: readonly BackupKind[] = ['automatic', 'before-restore']

export interface WriteBackupRequest {
  /** A complete backup file as the renderer's exportBackup made it. */
  data: Uint8Array
  kind: BackupKind
}

/** What a backup file's first line says, read without loading its rows. */
export interface BackupFileSummary {
  formatVersion: number
  appVersion: string
  schemaVersion: number
  createdAt: string
  counts: Record<string, number>
}

export interface BackupInfo {
  name: string
  kind: BackupKind
  /** ISO timestamp from the name. */
  createdAt: string
  sizeBytes: number
  /** null when the file's header cannot be read (the file is damaged). */
  summary: BackupFileSummary | null
}

export type WriteBackupResult =
  | { status: 'written'; backup: BackupInfo; removed: string[]; places: BackupPlacesStatus }
  | { status: 'refused'; message: string }

export interface ListBackupsResult {
  status: 'listed'
  folder: string
  /** Newest first. */
  backups: BackupInfo[]
}

export interface ReadBackupRequest {
  name: string
}

export type ReadBackupResult =
  { status: 'read'; name: string; bytes: Uint8Array } | { status: 'not-found'; name: string }

/** How a link outside the app went: opened by the system, refused (not a link Kugghjul opens), or the user said no. */
export type OpenExternalResult = { status: 'opened' } | { status: 'refused'; message: string } | { status: 'cancelled' }

export interface OpenExternalRequest {
  url: string
}

/** One place automatic backups are written to, and how the last attempt there went. */
export interface BackupPlaceStatus {
  folder: string
  /** ISO timestamps of the last write that succeeded and the last that failed there. */
  lastSucceededAt: string | null
  lastFailedAt: string | null
  /** Why the last attempt failed, in Swedish (the folder is not repeated); cleared by the next success. */
  lastError: string | null
}

/** The backups folder in the app's data folder, and the second folder the user may choose (a network share, a synced folder). */
export interface BackupPlacesStatus {
  local: BackupPlaceStatus
  /** null until the user chooses a second folder; `reachable` is checked when the status is asked for. */
  second: (BackupPlaceStatus & { reachable: boolean }) | null
}

export type ChooseBackupFolderResult =
  { status: 'chosen'; places: BackupPlacesStatus } | { status: 'cancelled' } | { status: 'refused'; message: string }

/** Whether a form in the window holds changes not yet saved: closing the window then asks first. */
export interface UnsavedChangesRequest {
  unsaved: boolean
}

export interface IpcContract {
  'app:info': { request: null; response: AppInfo }
  'file:save': { request: SaveFileRequest; response: SaveFileResult }
  'file:open': { request: OpenFileRequest; response: OpenFileResult }
  'shell:open-external': { request: OpenExternalRequest; response: OpenExternalResult }
  'backups:write': { request: WriteBackupRequest; response: WriteBackupResult }
  'backups:list': { request: null; response: ListBackupsResult }
  'backups:read': { request: ReadBackupRequest; response: ReadBackupResult }
  'backups:status': { request: null; response: BackupPlacesStatus }
  'backups:choose-second-folder': { request: null; response: ChooseBackupFolderResult }
  'backups:forget-second-folder': { request: null; response: BackupPlacesStatus }
  'window:unsaved-changes': { request: UnsavedChangesRequest; response: null }
}

export type IpcChannel = keyof IpcContract
export type IpcRequest<C extends IpcChannel> = IpcContract[C]['request']
export type IpcResponse<C extends IpcChannel> = IpcContract[C]['response']

/**
 * Which bridge method speaks on which channel: the one list the preload
 * builds `window.kugghjul` from and main registers its handlers by.
 */
export const bridgeChannels = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  openLink: 'shell:open-external',
  writeBackup: 'backups:write',
  listBackups: 'backups:list',
  readBackup: 'backups:read',
  backupStatus: 'backups:status',
  chooseSecondBackupFolder: 'backups:choose-second-folder',
  forgetSecondBackupFolder: 'backups:forget-second-folder',
  reportUnsavedChanges: 'window:unsaved-changes'
} as const satisfies Record<string, IpcChannel>

type BridgeMethod<C extends IpcChannel> =
  IpcRequest<C> extends null ? () => Promise<IpcResponse<C>> : (request: IpcRequest<C>) => Promise<IpcResponse<C>>

/** The API the preload puts on `window.kugghjul`: one method per channel, derived from bridgeChannels. */
export type KugghjulBridge = { readonly [M in keyof typeof bridgeChannels]: BridgeMethod<(typeof bridgeChannels)[M]> }

/** A channel in IpcContract without a bridge method makes this `false`, and the line below fails to compile. */
type EveryChannelBridged =
  Exclude<IpcChannel, (typeof bridgeChannels)[keyof typeof bridgeChannels]> extends never ? true : false
/** @public Nothing imports it: only the compiler reads it. */
export const everyChannelBridged: EveryChannelBridged = true

const MiB = 1024 * 1024

/**
 * The largest file the renderer asks main to open, per purpose. The renderer
 * passes these as `maxBytes`; main accepts nothing above `limits.maxOpenBytes`.
 */
export const openFileLimits = {
  backup: 512 * MiB,
  statistics: 50 * MiB,
  memberSpreadsheet: 20 * MiB,
  logo: 1 * MiB,
  /** A länsfil for the riksöversikt: counts only, a few kilobytes. */
  countyFigures: 1 * MiB
} as const

export const limits = {
  /** Largest file the renderer may hand to main for saving (backups with statistics). */
  maxSaveBytes: 512 * MiB,
  /** Largest file main reads for the renderer: the largest purpose above. */
  maxOpenBytes: Math.max(...Object.values(openFileLimits)),
  maxFileNameLength: 200,
  maxFilters: 10,
  maxExtensionsPerFilter: 10,
  /** Longest link main opens in the system's programs (a mailto with many addresses stays far below). */
  maxExternalUrlLength: 8000
} as const

const FILE_NAME_FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f]/
const FILE_NAME_FORBIDDEN_ALL = /[/\\:*?"<>|\u0000-\u001f]/g

/** A bare file name: no folders, no traversal, no control characters. */
export function checkFileName(value: unknown): string | null {
  if (typeof value !== 'string') return 'filnamnet måste vara text'
  if (value.length === 0 || value.length > limits.maxFileNameLength) return 'filnamnet har fel längd'
  if (FILE_NAME_FORBIDDEN.test(value)) return 'filnamnet får inte innehålla mappar eller specialtecken'
  if (value === '.' || value === '..' || value.startsWith('.')) return 'filnamnet får inte börja med punkt'
  return null
}

/**
 * Makes a suggested name from member names and dates pass checkFileName:
 * "Vård/omsorg: intyg.pdf" → "Vård-omsorg- intyg.pdf", shortened before the
 * extension when too long. The user can still change it in the save dialog.
 */
export function toSafeFileName(name: string): string {
  const cleaned =
    name
      .replace(FILE_NAME_FORBIDDEN_ALL, '-')
      .replace(/^[.\s]+/, '')
      .trim() || 'fil'
  if (cleaned.length <= limits.maxFileNameLength) return cleaned
  const dot = cleaned.lastIndexOf('.')
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : ''
  return cleaned.slice(0, limits.maxFileNameLength - extension.length).trimEnd() + extension
}
