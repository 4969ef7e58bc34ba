/**
 * Main's check of every IPC request against the contract (contract.ts): the
 * dispatcher runs these before any handler sees a payload.
 */
import {
  BACKUP_NAME_PATTERN,
  backupKinds,
  checkFileName,
  limits,
  type BackupKind,
  type IpcChannel,
  type IpcRequest
} from './contract'

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

const checkFilters: Check = (value) => {
  if (!Array.isArray(value) || value.length > limits.maxFilters) return 'filters måste vara en kort lista'
  for (const f of value) {
    if (!isPlainObject(f)) return 'varje filter måste vara ett objekt'
    const keys = exactKeys(f, ['name', 'extensions'])
    if (keys) return keys
    if (typeof f.name !== 'string' || f.name.length === 0 || f.name.length > 100) return 'filtrets namn är ogiltigt'
    if (
      !Array.isArray(f.extensions) ||
      f.extensions.length === 0 ||
      f.extensions.length > limits.maxExtensionsPerFilter
    )
      return 'filtrets filändelser är ogiltiga'
    if (!f.extensions.every((e) => typeof e === 'string' && /^[a-z0-9]{1,10}$/i.test(e)))
      return 'en filändelse är ogiltig'
  }
  return null
}

const noArguments: Check = (value) => (value === null || value === undefined ? null : 'kanalen tar inga argument')

const checkBytes = (value: unknown): string | null =>
  !(value instanceof Uint8Array)
    ? 'data måste vara bytes (Uint8Array)'
    : value.byteLength > limits.maxSaveBytes
      ? 'filen är för stor'
      : null

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
      (Number.isInteger(value.maxBytes) &&
      (value.maxBytes as number) > 0 &&
      (value.maxBytes as number) <= limits.maxOpenBytes
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
  'shell:open-external': (value) => {
    if (!isPlainObject(value)) return 'begäran måste vara ett objekt'
    return (
      exactKeys(value, ['url']) ??
      (typeof value.url === 'string' && value.url.length > 0 && value.url.length <= limits.maxExternalUrlLength
        ? null
        : 'url måste vara en länk av rimlig längd')
    )
  },
  'backups:list': noArguments,
  'backups:status': noArguments,
  'backups:choose-second-folder': noArguments,
  'backups:forget-second-folder': noArguments,
  'window:unsaved-changes': (value) => {
    if (!isPlainObject(value)) return 'begäran måste vara ett objekt'
    return (
      exactKeys(value, ['unsaved']) ??
      (typeof value.unsaved === 'boolean' ? null : 'unsaved måste vara true eller false')
    )
  },
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
