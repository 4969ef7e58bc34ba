import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { exportBackup } from '@/data/backup/backup-export'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '@/data/backup/backup-format'
import { canonicalJson } from '@/data/backup/canonical-json'
import { sha256Hex } from '@/shared/sha256'
import { latestSchemaVersion } from '@/data/schema'
import { freshDatabase } from '../fresh-database'
import { fileObject, fillRegister } from './sample-register'

describe('backup export', () => {
  it('writes every table with format, versions, counts and a checksum of the canonical content', async () => {
    const db = freshDatabase()
    await fillRegister(db, 12)
    const backup = await exportBackup(db, { appVersion: '0.1.0', createdAt: '2026-11-23T08:15:00.000Z' })
    const file = fileObject(backup.bytes)
    expect(file).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '0.1.0',
      schemaVersion: latestSchemaVersion
    })
    expect(Object.keys(file.tables)).toEqual(db.tables.map((t) => t.name).sort())
    expect(Object.keys(file.counts as object)).toEqual(Object.keys(file.tables))
    expect(file.counts).toMatchObject({
      auditLog: 12,
      members: 12,
      membershipPeriods: file.tables.membershipPeriods!.length,
      settings: 1
    })
    const { sha256, ...content } = file
    expect(sha256).toBe(await sha256Hex(canonicalJson(content)))
    expect(backup.header.sha256).toBe(sha256)
    expect(backup.suggestedName).toBe('kugghjul-sakerhetskopia-2026-11-23-0815.json')
  })

  it('puts the whole header on the first line, so it can be read without the rows', async () => {
    const db = freshDatabase()
    await fillRegister(db, 3)
    const backup = await exportBackup(db, { appVersion: '0.1.0' })
    const firstLine = new TextDecoder().decode(backup.bytes).split('\n')[0]!
    expect(JSON.parse(`${firstLine.replace(/,$/, '')}}`)).toEqual(backup.header)
  })

  it('gives the same bytes for the same data, rows in key order', async () => {
    const a = freshDatabase()
    const b = freshDatabase()
    await fillRegister(a, 5)
    await fillRegister(b, 5)
    const createdAt = '2026-11-23T08:15:00.000Z'
    const [x, y] = await Promise.all([
      exportBackup(a, { appVersion: '1', createdAt }),
      exportBackup(b, { appVersion: '1', createdAt })
    ])
    expect(x.bytes).toEqual(y.bytes)
    const ids = fileObject(x.bytes).tables.members!.map((m) => m.id as string)
    expect(ids).toEqual([...ids].sort())
  })

  it('exports an empty database as a valid file with zero counts', async () => {
    const db = freshDatabase()
    const backup = await exportBackup(db, { appVersion: '0.1.0' })
    expect(Object.keys(backup.header.counts)).toEqual(db.tables.map((t) => t.name).sort())
    expect(Object.values(backup.header.counts).every((n) => n === 0)).toBe(true)
  })

  it('canonical JSON sorts keys at every level and drops undefined like JSON does', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined], c: 'å' }, u: undefined })).toBe(
      '{"a":{"c":"å","d":[1,null]},"b":1}'
    )
  })
})
