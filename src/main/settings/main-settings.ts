import type * as nodeFs from 'node:fs/promises'
import type { BackupPlaceStatus } from '../../preload/contract'

/**
 * What main remembers between runs, in <userData>/kugghjul-installningar.json:
 * the second backup folder the user chose and how the last backups went.
 * Only main reads and writes it; the renderer never sends a path.
 */
export interface MainSettings {
  secondBackupFolder: string | null
  backupPlaces: { local: PlaceRecord; second: PlaceRecord }
}

export type PlaceRecord = Omit<BackupPlaceStatus, 'folder'>

const emptyPlace = (): PlaceRecord => ({ lastSucceededAt: null, lastFailedAt: null, lastError: null })

export const defaultMainSettings = (): MainSettings => ({
  secondBackupFolder: null,
  backupPlaces: { local: emptyPlace(), second: emptyPlace() }
})

const isTextOrNull = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && value.length <= 4000)

function placeFrom(value: unknown): PlaceRecord {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  const place = emptyPlace()
  for (const key of Object.keys(place) as (keyof PlaceRecord)[]) if (isTextOrNull(record[key])) place[key] = record[key]
  return place
}

/** Reads whatever is on disk; a missing or damaged file gives the defaults, field by field. */
export function parseMainSettings(text: string): MainSettings {
  let raw: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(text)
    raw = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  } catch {
    return defaultMainSettings()
  }
  const places = (
    typeof raw['backupPlaces'] === 'object' && raw['backupPlaces'] !== null ? raw['backupPlaces'] : {}
  ) as Record<string, unknown>
  const folder = raw['secondBackupFolder']
  return {
    secondBackupFolder: typeof folder === 'string' && folder.length > 0 && folder.length <= 4000 ? folder : null,
    backupPlaces: { local: placeFrom(places['local']), second: placeFrom(places['second']) }
  }
}

export interface MainSettingsStore {
  read(): Promise<MainSettings>
  /** Applies `change` to the current settings and writes them atomically; changes run one at a time. */
  update(change: (settings: MainSettings) => void): Promise<MainSettings>
}

export function createMainSettingsStore(deps: {
  file: string
  fs: Pick<typeof nodeFs, 'readFile' | 'mkdir'>
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>
  folder: string
}): MainSettingsStore {
  let queue: Promise<unknown> = Promise.resolve()

  async function read(): Promise<MainSettings> {
    try {
      return parseMainSettings(await deps.fs.readFile(deps.file, 'utf8'))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaultMainSettings()
      throw error
    }
  }

  return {
    read,
    update(change) {
      const next = queue.then(async () => {
        const settings = await read()
        change(settings)
        await deps.fs.mkdir(deps.folder, { recursive: true })
        await deps.writeFileAtomic(deps.file, new TextEncoder().encode(JSON.stringify(settings, null, 2)))
        return settings
      })
      queue = next.catch(() => undefined)
      return next
    }
  }
}
