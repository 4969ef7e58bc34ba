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
 * kugghjul-sakerhetskopia-2026-11-23T081530123Z.json (automatic) or
 * kugghjul-fore-aterstallning-….json (the state kept before a restore);
 * the time is UTC. A read names one of these, and nothing else matches.
 */
export const BACKUP_NAME_PATTERN = /^kugghjul-(sakerhetskopia|fore-aterstallning)-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.json$/

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
  | { status: 'written'; backup: BackupInfo; removed: string[] }
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

export type ReadBackupResult = { status: 'read'; name: string; bytes: Uint8Array } | { status: 'not-found'; name: string }

export interface IpcContract {
  'app:info': { request: null; response: AppInfo }
  'file:save': { request: SaveFileRequest; response: SaveFileResult }
  'file:open': { request: OpenFileRequest; response: OpenFileResult }
  'backups:write': { request: WriteBackupRequest; response: WriteBackupResult }
  'backups:list': { request: null; response: ListBackupsResult }
  'backups:read': { request: ReadBackupRequest; response: ReadBackupResult }
}

export type IpcChannel = keyof IpcContract
export type IpcRequest<C extends IpcChannel> = IpcContract[C]['request']
export type IpcResponse<C extends IpcChannel> = IpcContract[C]['response']

/** The API the preload puts on `window.kugghjul`: one method per channel. */
export interface KugghjulBridge {
  appInfo(): Promise<AppInfo>
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  openFile(request: OpenFileRequest): Promise<OpenFileResult>
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>
  listBackups(): Promise<ListBackupsResult>
  readBackup(request: ReadBackupRequest): Promise<ReadBackupResult>
}

/** Which bridge method speaks on which channel. */
export const bridgeChannels = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  writeBackup: 'backups:write',
  listBackups: 'backups:list',
  readBackup: 'backups:read'
} as const satisfies Record<keyof KugghjulBridge, IpcChannel>

export const limits = {
  /** Largest file the renderer may hand to main for saving (backups with statistics). */
  maxSaveBytes: 512 * 1024 * 1024,
  /** Largest file main reads for the renderer. */
  maxOpenBytes: 256 * 1024 * 1024,
  maxFileNameLength: 200,
  maxFilters: 10,
  maxExtensionsPerFilter: 10
} as const

// --- validation -------------------------------------------------------------

export class IpcValidationError extends Error {
  constructor(
    readonly channel: string,
    message: string
  ) {
    super(`Ogiltig begäran på kanalen ${channel}: ${message}`)
    this.name = 'IpcValidationError'
  }
}

type Check = (value: unknown) => string | null

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
}

function exactKeys(value: Record<string, unknown>, keys: string[]): string | null {
  const extra = Object.keys(value).filter((k) => !keys.includes(k))
  return extra.length > 0 ? `okända fält: ${extra.join(', ')}` : null
}

const FILE_NAME_FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f]/

/** A bare file name: no folders, no traversal, no control characters. */
export function checkFileName(value: unknown): string | null {
  if (typeof value !== 'string') return 'filnamnet måste vara text'
  if (value.length === 0 || value.length > limits.maxFileNameLength) return 'filnamnet har fel längd'
  if (FILE_NAME_FORBIDDEN.test(value)) return 'filnamnet får inte innehålla mappar eller specialtecken'
  if (value === '.' || value === '..' || value.startsWith('.')) return 'filnamnet får inte börja med punkt'
  return null
}

const checkFilters: Check = (value) => {
  if (!Array.isArray(value) || value.length > limits.maxFilters) return 'filters måste vara en kort lista'
  for (const f of value) {
    if (!isPlainObject(f)) return 'varje filter måste vara ett objekt'
    const keys = exactKeys(f, ['name', 'extensions'])
    if (keys) return keys
    if (typeof f.name !== 'string' || f.name.length === 0 || f.name.length > 100) return 'filtrets namn är ogiltigt'
    if (!Array.isArray(f.extensions) || f.extensions.length === 0 || f.extensions.length > limits.maxExtensionsPerFilter)
      return 'filtrets filändelser är ogiltiga'
    if (!f.extensions.every((e) => typeof e === 'string' && /^[a-z0-9]{1,10}$/i.test(e)))
      return 'en filändelse är ogiltig'
  }
  return null
}

const noArguments: Check = (value) => (value === null || value === undefined ? null : 'kanalen tar inga argument')

const checkBytes = (value: unknown): string | null =>
  !(value instanceof Uint8Array) ? 'data måste vara bytes (Uint8Array)' : value.byteLength > limits.maxSaveBytes ? 'filen är för stor' : null

const validators: { [C in IpcChannel]: Check } = {
  'app:info': noArguments,
  'file:save': (value) => {
    if (!isPlainObject(value)) return 'begäran måste vara ett objekt'
    return (
      exactKeys(value, ['suggestedName', 'filters', 'data']) ??
      checkFileName(value.suggestedName) ??
      checkFilters(value.filters) ??
      checkBytes(value.data)
    )
  },
  'file:open': (value) => {
    if (!isPlainObject(value)) return 'begäran måste vara ett objekt'
    return (
      exactKeys(value, ['filters', 'maxBytes']) ??
      checkFilters(value.filters) ??
      (Number.isInteger(value.maxBytes) && (value.maxBytes as number) > 0 && (value.maxBytes as number) <= limits.maxOpenBytes
        ? null
        : 'maxBytes måste vara ett heltal mellan 1 och gränsen')
    )
  },
  'backups:write': (value) => {
    if (!isPlainObject(value)) return 'begäran måste vara ett objekt'
    return (
      exactKeys(value, ['data', 'kind']) ??
      checkBytes(value.data) ??
      (backupKinds.includes(value.kind as BackupKind) ? null : 'kind måste vara automatic eller before-restore')
    )
  },
  'backups:list': noArguments,
  'backups:read': (value) => {
    if (!isPlainObject(value)) return 'begäran måste vara ett objekt'
    return (
      exactKeys(value, ['name']) ??
      (typeof value.name === 'string' && value.name.length <= 100 && BACKUP_NAME_PATTERN.test(value.name)
        ? null
        : 'namnet är inte en säkerhetskopia som Kugghjul har sparat')
    )
  }
}

export function isIpcChannel(channel: unknown): channel is IpcChannel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(validators, channel)
}

/** Throws IpcValidationError unless `payload` is a valid request on `channel`. */
export function validateRequest<C extends IpcChannel>(channel: C, payload: unknown): IpcRequest<C> {
  if (!isIpcChannel(channel)) throw new IpcValidationError(String(channel), 'okänd kanal')
  const problem = validators[channel](payload)
  if (problem !== null) throw new IpcValidationError(channel, problem)
  return (payload ?? null) as IpcRequest<C>
}
