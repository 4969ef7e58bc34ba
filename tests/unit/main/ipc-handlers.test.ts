import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMainServices } from '../../../src/main/main-services'
import type { IpcChannel, IpcRequest, IpcResponse } from '../../../src/preload/contract'
import { serializeBackup } from '@/data/backup/backup-serializer'
import { useSwedishTime } from '../swedish-time'

// Backup names are in the machine's local time; these laptops run Swedish time.
useSwedishTime()

let folder: string
let dialogs: { savePath?: string; openPaths: string[]; lastDefaultPath?: string }

/** The real main-process services on a temp folder; only Electron's dialogs and shell are stand-ins. */
function services() {
  return createMainServices(
    {
      version: '0.1.0',
      userData: join(folder, 'data'),
      documents: join(folder, 'Dokument'),
      showSaveDialog: async (options) => {
        dialogs.lastDefaultPath = options.defaultPath
        return dialogs.savePath ? { canceled: false, filePath: dialogs.savePath } : { canceled: true }
      },
      showOpenDialog: async () => ({ canceled: dialogs.openPaths.length === 0, filePaths: dialogs.openPaths }),
      confirmUnencrypted: async () => false,
      openExternal: async () => undefined,
      askToClose: () => false
    },
    { now: () => new Date('2026-11-23T08:15:30.123Z') }
  )
}

/** One IPC call through the dispatcher, as the app's own page makes it. */
function call<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  return services().dispatch(channel, request, { url: 'app://kugghjul/index.html' }) as Promise<IpcResponse<C>>
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kugghjul-ipc-'))
  dialogs = { openPaths: [] }
})

describe('IPC handlers', () => {
  it('reports version and data folder', async () => {
    const info = await call('app:info', null)
    expect(info).toEqual({ version: '0.1.0', dataFolder: join(folder, 'data'), platform: 'electron' })
  })

  it('saves where the user chose, suggesting the name in the documents folder', async () => {
    dialogs.savePath = join(folder, 'medlemmar.xlsx')
    const result = await call('file:save', {
      suggestedName: 'medlemmar.xlsx',
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      data: new TextEncoder().encode('åäö')
    })
    expect(result).toEqual({ status: 'saved', path: dialogs.savePath })
    expect(dialogs.lastDefaultPath).toBe(join(folder, 'Dokument', 'medlemmar.xlsx'))
    expect(await readFile(dialogs.savePath, 'utf8')).toBe('åäö')
  })

  it('writes nothing when the user cancels the save dialog', async () => {
    const result = await call('file:save', { suggestedName: 'a.pdf', filters: [], data: new Uint8Array([1]) })
    expect(result).toEqual({ status: 'cancelled' })
  })

  it('opens the file the user picked', async () => {
    const path = join(folder, 'BE0101.csv')
    await writeFile(path, 'region,2023\n')
    dialogs.openPaths = [path]
    const result = await call('file:open', { filters: [], maxBytes: 1000 })
    expect(result.status).toBe('opened')
    if (result.status === 'opened') {
      expect(result.name).toBe('BE0101.csv')
      expect(new TextDecoder().decode(result.bytes)).toBe('region,2023\n')
    }
  })

  it('refuses to read a file larger than asked for', async () => {
    const path = join(folder, 'stor.xlsx')
    await writeFile(path, new Uint8Array(2048))
    dialogs.openPaths = [path]
    const result = await call('file:open', { filters: [], maxBytes: 1024 })
    expect(result).toEqual({ status: 'too-large', name: 'stor.xlsx', size: 2048, maxBytes: 1024 })
  })

  it('returns cancelled when no file was picked', async () => {
    expect(await call('file:open', { filters: [], maxBytes: 10 })).toEqual({ status: 'cancelled' })
  })

  it('keeps an automatic backup in the backups folder of the data folder, lists it and reads it back', async () => {
    const { bytes } = await serializeBackup({ settings: [] }, { appVersion: '0.1.0', schemaVersion: 2 })
    const written = await call('backups:write', { data: bytes, kind: 'automatic' })
    expect(written).toMatchObject({
      status: 'written',
      backup: { name: 'kugghjul-sakerhetskopia-2026-11-23T091530123+0100.json' }
    })
    expect(await readdir(join(folder, 'data', 'backups'))).toEqual([
      'kugghjul-sakerhetskopia-2026-11-23T091530123+0100.json'
    ])
    const listed = await call('backups:list', null)
    expect(listed.backups.map((b) => b.summary?.counts)).toEqual([{ settings: 0 }])
    expect(await call('backups:read', { name: listed.backups[0]!.name })).toEqual({
      status: 'read',
      name: listed.backups[0]!.name,
      bytes
    })
  })

  it('writes automatic backups to a second folder the user chose, and keeps the local one when that folder is gone', async () => {
    const share = join(folder, 'Nätverksenhet', 'Kugghjul')
    await mkdir(share, { recursive: true })
    dialogs.openPaths = [share]
    const chosen = await call('backups:choose-second-folder', null)
    expect(chosen).toMatchObject({
      status: 'chosen',
      places: { second: { folder: share, reachable: true, lastSucceededAt: null } }
    })

    const { bytes } = await serializeBackup({ settings: [] }, { appVersion: '0.1.0', schemaVersion: 2 })
    const first = await call('backups:write', { data: bytes, kind: 'automatic' })
    const name = 'kugghjul-sakerhetskopia-2026-11-23T091530123+0100.json'
    expect(await readdir(share)).toEqual([name])
    expect(await readFile(join(share, name))).toEqual(Buffer.from(bytes))
    expect(first).toMatchObject({
      status: 'written',
      places: {
        local: { lastSucceededAt: '2026-11-23T08:15:30.123Z' },
        second: { lastSucceededAt: '2026-11-23T08:15:30.123Z', lastError: null }
      }
    })

    // The share is unplugged: the local backup is still made, the second place says why it failed.
    await rm(join(folder, 'Nätverksenhet'), { recursive: true })
    const second = await call('backups:write', { data: bytes, kind: 'automatic' })
    expect(second).toMatchObject({
      status: 'written',
      backup: { name: 'kugghjul-sakerhetskopia-2026-11-23T091530124+0100.json' }
    })
    expect(await readdir(join(folder, 'data', 'backups'))).toEqual([
      'kugghjul-sakerhetskopia-2026-11-23T091530124+0100.json'
    ])
    const status = await call('backups:status', null)
    expect(status.second).toMatchObject({
      reachable: false,
      lastSucceededAt: '2026-11-23T08:15:30.123Z',
      lastFailedAt: '2026-11-23T08:15:30.124Z'
    })
    expect(status.second?.lastError).toBe('Mappen finns inte. Är nätverksenheten ansluten?')
    // Nothing was created in its place on the local disk.
    await expect(readdir(share)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('keeps the backup made before a restore on this computer only', async () => {
    const share = join(folder, 'Synkad mapp')
    await mkdir(share)
    dialogs.openPaths = [share]
    await call('backups:choose-second-folder', null)
    const { bytes } = await serializeBackup({ settings: [] }, { appVersion: '0.1.0', schemaVersion: 2 })
    await call('backups:write', { data: bytes, kind: 'before-restore' })
    expect(await readdir(share)).toEqual([])
  })

  it("refuses a second folder inside the app's own data folder, and forgets one on request", async () => {
    const inside = join(folder, 'data', 'backups')
    await mkdir(inside, { recursive: true })
    dialogs.openPaths = [inside]
    expect(await call('backups:choose-second-folder', null)).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('utanför Kugghjuls egen datamapp')
    })
    dialogs.openPaths = []
    expect(await call('backups:choose-second-folder', null)).toEqual({ status: 'cancelled' })

    const share = join(folder, 'Delad')
    await mkdir(share)
    dialogs.openPaths = [share]
    await call('backups:choose-second-folder', null)
    expect((await call('backups:status', null)).second?.folder).toBe(share)
    expect((await call('backups:forget-second-folder', null)).second).toBeNull()
    // Remembered across restarts: a new set of services reads the same settings file.
    expect((await call('backups:status', null)).second).toBeNull()
  })
})
