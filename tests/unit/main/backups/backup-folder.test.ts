import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, type AtomicWriteFs } from '../../../../src/main/atomic-write'
import { createBackupFolder, type BackupFolderDeps } from '../../../../src/main/backups/backup-folder'
import { serializeBackup } from '@/data/backup/backup-serializer'
import { useSwedishTime } from '../../swedish-time'

useSwedishTime()

let root: string
let folder: string
let clock: Date

beforeEach(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'kugghjul-backups-'))
  folder = join(root, 'backups')
  clock = new Date('2026-11-23T08:00:00.000Z')
})

function deps(overrides: Partial<BackupFolderDeps> = {}): BackupFolderDeps {
  return { folder, fs, writeFileAtomic: (path, data) => writeFileAtomic(path, data), now: () => clock, ...overrides }
}

/** A real backup file as the renderer writes it. */
async function backupBytes(members = 3): Promise<Uint8Array> {
  const rows = Array.from({ length: members }, (_, i) => ({ id: `m${i}`, name: `Verksamhet ${i}` }))
  const file = await serializeBackup(
    { members: rows, settings: [] },
    { appVersion: '0.1.0', schemaVersion: 2, createdAt: clock.toISOString() }
  )
  return file.bytes
}

describe('automatic backup folder', () => {
  it('writes a backup under a name with date and time, and lists it with size and the counts from its header', async () => {
    const backups = createBackupFolder(deps())
    const bytes = await backupBytes(3)
    const result = await backups.write(bytes, 'automatic')
    expect(result).toMatchObject({
      status: 'written',
      removed: [],
      backup: { name: 'kugghjul-sakerhetskopia-2026-11-23T090000000+0100.json' }
    })
    expect(
      new Uint8Array(await fs.readFile(join(folder, 'kugghjul-sakerhetskopia-2026-11-23T090000000+0100.json')))
    ).toEqual(bytes)

    const listed = await backups.list()
    expect(listed.folder).toBe(folder)
    expect(listed.backups).toEqual([
      {
        name: 'kugghjul-sakerhetskopia-2026-11-23T090000000+0100.json',
        kind: 'automatic',
        createdAt: '2026-11-23T08:00:00.000Z',
        sizeBytes: bytes.byteLength,
        summary: {
          formatVersion: 1,
          appVersion: '0.1.0',
          schemaVersion: 2,
          createdAt: '2026-11-23T08:00:00.000Z',
          counts: { members: 3, settings: 0 }
        }
      }
    ])
  })

  it('lists without reading whole files, newest first, and ignores files that are not its own', async () => {
    const backups = createBackupFolder(deps())
    await backups.write(await backupBytes(), 'automatic')
    clock = new Date('2026-11-24T08:00:00.000Z')
    await backups.write(await backupBytes(), 'before-restore')
    await fs.writeFile(join(folder, 'anteckningar.txt'), 'mina egna')
    await fs.writeFile(join(folder, 'kugghjul-sakerhetskopia-kopia.json'), '{}')
    const noWholeReads = createBackupFolder(
      deps({ fs: { ...fs, readFile: () => Promise.reject(new Error('list read a whole file')) } as typeof fs })
    )
    const listed = await noWholeReads.list()
    expect(listed.backups.map((b) => [b.kind, b.createdAt])).toEqual([
      ['before-restore', '2026-11-24T08:00:00.000Z'],
      ['automatic', '2026-11-23T08:00:00.000Z']
    ])
    expect((await fs.readdir(folder)).sort()).toContain('anteckningar.txt')
  })

  it('reads a listed backup back by its name', async () => {
    const backups = createBackupFolder(deps())
    const bytes = await backupBytes()
    await backups.write(bytes, 'automatic')
    const [listed] = (await backups.list()).backups
    expect(await backups.read(listed!.name)).toEqual({ status: 'read', name: listed!.name, bytes })
    expect(await backups.read('kugghjul-sakerhetskopia-2020-01-01T000000000Z.json')).toEqual({
      status: 'not-found',
      name: 'kugghjul-sakerhetskopia-2020-01-01T000000000Z.json'
    })
  })

  it.each([
    '../../etc/passwd',
    '/etc/passwd',
    '../secret.json',
    'anteckningar.txt',
    `..${join('/', 'backups', 'x.json')}`
  ])('never touches the disk for the name %j', async (name) => {
    const touched: string[] = []
    const spy = new Proxy(fs, {
      get: (target, key: keyof typeof fs) =>
        typeof target[key] === 'function'
          ? (...args: unknown[]) => (
              touched.push(String(args[0])),
              (target[key] as (...a: unknown[]) => unknown)(...args)
            )
          : target[key]
    })
    const backups = createBackupFolder(deps({ fs: spy }))
    expect(await backups.read(name)).toEqual({ status: 'not-found', name })
    expect(touched).toEqual([])
  })

  it('refuses an incomplete file and writes nothing', async () => {
    const backups = createBackupFolder(deps())
    const bytes = await backupBytes(50)
    const result = await backups.write(bytes.subarray(0, bytes.byteLength - 40), 'automatic')
    expect(result).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(/ofullständig och sparades inte/)
    })
    expect(await backups.write(new TextEncoder().encode('{"hej":1}\n'), 'automatic')).toMatchObject({
      status: 'refused'
    })
    expect((await backups.list()).backups).toEqual([])
  })

  it('keeps the earlier backups intact when the process dies between write and rename', async () => {
    const backups = createBackupFolder(deps())
    const first = await backupBytes(1)
    await backups.write(first, 'automatic')
    clock = new Date('2026-11-24T08:00:00.000Z')
    const crashing: AtomicWriteFs = {
      open: fs.open,
      rm: fs.rm,
      rename: () => Promise.reject(new Error('strömavbrott'))
    }
    const dying = createBackupFolder(deps({ writeFileAtomic: (path, data) => writeFileAtomic(path, data, crashing) }))
    await expect(dying.write(await backupBytes(2), 'automatic')).rejects.toThrow('strömavbrott')
    expect(await fs.readdir(folder)).toEqual(['kugghjul-sakerhetskopia-2026-11-23T090000000+0100.json'])
    expect(
      new Uint8Array(await fs.readFile(join(folder, 'kugghjul-sakerhetskopia-2026-11-23T090000000+0100.json')))
    ).toEqual(first)
  })

  it('rotates as it writes: after 60 days of two backups a day, 14 daily and the monthly files remain', async () => {
    const backups = createBackupFolder(deps())
    const bytes = await backupBytes(1)
    for (let i = 0; i < 120; i++) {
      clock = new Date(Date.UTC(2026, 8, 1, 8 + (i % 2) * 8) + Math.floor(i / 2) * 86_400_000)
      await backups.write(bytes, 'automatic')
    }
    const names = (await fs.readdir(folder)).sort()
    expect(names).toHaveLength(15)
    expect(names[0]).toBe('kugghjul-sakerhetskopia-2026-09-30T180000000+0200.json')
    expect(names.slice(1).map((n) => n.slice(24, 34))).toEqual(
      Array.from({ length: 14 }, (_, i) => `2026-10-${String(17 + i).padStart(2, '0')}`)
    )
  })

  it('never overwrites a backup written in the same millisecond', async () => {
    const backups = createBackupFolder(deps())
    const [a, b] = await Promise.all([
      backups.write(await backupBytes(1), 'before-restore'),
      backups.write(await backupBytes(2), 'before-restore')
    ])
    expect(a.status === 'written' && b.status === 'written' && a.backup.name !== b.backup.name).toBe(true)
    expect(await fs.readdir(folder)).toHaveLength(2)
  })
})
