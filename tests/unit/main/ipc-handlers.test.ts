import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../src/main/atomic-write'
import { createBackupFolder } from '../../../src/main/backups/backup-folder'
import { createHandlers, type HandlerDeps } from '../../../src/main/ipc/handlers'
import { serializeBackup } from '@/data/backup/backup-serializer'

let folder: string
let dialogs: { savePath?: string; openPaths: string[]; lastDefaultPath?: string }

function deps(): HandlerDeps {
  return {
    version: '0.1.0',
    dataFolder: join(folder, 'data'),
    documentsFolder: join(folder, 'Dokument'),
    showSaveDialog: async (options) => {
      dialogs.lastDefaultPath = options.defaultPath
      return dialogs.savePath ? { canceled: false, filePath: dialogs.savePath } : { canceled: true }
    },
    showOpenDialog: async () => ({ canceled: dialogs.openPaths.length === 0, filePaths: dialogs.openPaths }),
    writeFileAtomic: (path, data) => writeFileAtomic(path, data),
    fileSize: async (path) => (await stat(path)).size,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    joinPath: join,
    baseName: basename,
    backups: createBackupFolder({
      folder: join(folder, 'data', 'backups'),
      fs: { readdir, stat, readFile, open, mkdir, rm },
      writeFileAtomic: (path, data) => writeFileAtomic(path, data),
      now: () => new Date('2026-11-23T08:15:30.123Z')
    })
  }
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kugghjul-ipc-'))
  dialogs = { openPaths: [] }
})

describe('IPC handlers', () => {
  it('reports version and data folder', async () => {
    const info = await createHandlers(deps())['app:info'](null)
    expect(info).toEqual({ version: '0.1.0', dataFolder: join(folder, 'data'), platform: 'electron' })
  })

  it('saves where the user chose, suggesting the name in the documents folder', async () => {
    dialogs.savePath = join(folder, 'medlemmar.xlsx')
    const result = await createHandlers(deps())['file:save']({
      suggestedName: 'medlemmar.xlsx',
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      data: new TextEncoder().encode('åäö')
    })
    expect(result).toEqual({ status: 'saved', path: dialogs.savePath })
    expect(dialogs.lastDefaultPath).toBe(join(folder, 'Dokument', 'medlemmar.xlsx'))
    expect(await readFile(dialogs.savePath, 'utf8')).toBe('åäö')
  })

  it('writes nothing when the user cancels the save dialog', async () => {
    const result = await createHandlers(deps())['file:save']({ suggestedName: 'a.pdf', filters: [], data: new Uint8Array([1]) })
    expect(result).toEqual({ status: 'cancelled' })
  })

  it('opens the file the user picked', async () => {
    const path = join(folder, 'BE0101.csv')
    await writeFile(path, 'region,2023\n')
    dialogs.openPaths = [path]
    const result = await createHandlers(deps())['file:open']({ filters: [], maxBytes: 1000 })
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
    const result = await createHandlers(deps())['file:open']({ filters: [], maxBytes: 1024 })
    expect(result).toEqual({ status: 'too-large', name: 'stor.xlsx', size: 2048, maxBytes: 1024 })
  })

  it('returns cancelled when no file was picked', async () => {
    expect(await createHandlers(deps())['file:open']({ filters: [], maxBytes: 10 })).toEqual({ status: 'cancelled' })
  })

  it('keeps an automatic backup in the backups folder of the data folder, lists it and reads it back', async () => {
    const handlers = createHandlers(deps())
    const { bytes } = await serializeBackup({ settings: [] }, { appVersion: '0.1.0', schemaVersion: 2 })
    const written = await handlers['backups:write']({ data: bytes, kind: 'automatic' })
    expect(written).toMatchObject({ status: 'written', backup: { name: 'kugghjul-sakerhetskopia-2026-11-23T081530123Z.json' } })
    expect(await readdir(join(folder, 'data', 'backups'))).toEqual(['kugghjul-sakerhetskopia-2026-11-23T081530123Z.json'])
    const listed = await handlers['backups:list'](null)
    expect(listed.backups.map((b) => b.summary?.counts)).toEqual([{ settings: 0 }])
    expect(await handlers['backups:read']({ name: listed.backups[0]!.name })).toEqual({ status: 'read', name: listed.backups[0]!.name, bytes })
  })
})
