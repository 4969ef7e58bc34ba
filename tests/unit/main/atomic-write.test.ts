import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, type AtomicWriteFs } from '../../../src/main/atomic-write'

let folder: string

beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'kugghjul-atomic-'))
})

describe('atomic write', () => {
  it('writes a new file and replaces an old one', async () => {
    const path = join(folder, 'säkerhetskopia.json')
    await writeFileAtomic(path, new TextEncoder().encode('första'))
    await writeFileAtomic(path, new TextEncoder().encode('andra'))
    expect(await fs.readFile(path, 'utf8')).toBe('andra')
    expect(await fs.readdir(folder)).toEqual(['säkerhetskopia.json'])
  })

  it('keeps the old file intact when the process dies between write and rename', async () => {
    const path = join(folder, 'register.json')
    await fs.writeFile(path, 'gammalt innehåll')
    const crashing: AtomicWriteFs = {
      open: fs.open,
      rm: fs.rm,
      rename: async () => {
        throw new Error('strömavbrott')
      }
    }
    await expect(writeFileAtomic(path, new TextEncoder().encode('nytt innehåll'), crashing)).rejects.toThrow(
      'strömavbrott'
    )
    expect(await fs.readFile(path, 'utf8')).toBe('gammalt innehåll')
    expect(await fs.readdir(folder)).toEqual(['register.json'])
  })

  it('keeps the old file when the disk fills up during the write', async () => {
    const path = join(folder, 'register.json')
    await fs.writeFile(path, 'gammalt innehåll')
    const full: AtomicWriteFs = {
      rename: fs.rename,
      rm: fs.rm,
      open: (async (file: string, flags: string) => {
        const handle = await fs.open(file, flags)
        return Object.assign(Object.create(handle), {
          writeFile: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
          },
          close: () => handle.close()
        })
      }) as AtomicWriteFs['open']
    }
    await expect(writeFileAtomic(path, new Uint8Array(10), full)).rejects.toThrow(/ENOSPC/)
    expect(await fs.readFile(path, 'utf8')).toBe('gammalt innehåll')
    expect(await fs.readdir(folder)).toEqual(['register.json'])
  })
})
