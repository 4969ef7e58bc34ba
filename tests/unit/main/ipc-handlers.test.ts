import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../src/main/atomic-write'
import { createHandlers, type HandlerDeps } from '../../../src/main/ipc/handlers'

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
    baseName: basename
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
})
