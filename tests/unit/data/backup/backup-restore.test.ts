import 'fake-indexeddb/auto'
import { emptyCountyProfile } from '@/domain/county-profile'
import { describe, expect, it, vi } from 'vitest'
import { exportBackup } from '@/data/backup/backup-export'
import { restoreBackup } from '@/data/backup/backup-restore'
import { diffDumps, dumpDatabase, isRestoreAuditEntry } from '@/data/backup/database-dump'
import { archiveMember } from '@/data/member-repository'
import { latestSchemaVersion, schemaVersions, type SchemaVersion } from '@/data/schema'
import { freshDatabase } from '../fresh-database'
import { fileObject, fillRegister } from './sample-register'

const appVersion = '0.1.0'

describe('restore from a backup', () => {
  it('brings back exactly what was exported, after changes and deletions, with one audit entry', async () => {
    const db = freshDatabase()
    await fillRegister(db, 15)
    const before = await dumpDatabase(db)
    const backup = await exportBackup(db, { appVersion })

    const [first, second] = await db.members.limit(2).toArray()
    await archiveMember(db, first!.id)
    await db.membershipPeriods.where('memberId').equals(second!.id).delete()
    await db.members.delete(second!.id)
    await db.settings.clear()
    expect(diffDumps(before, await dumpDatabase(db))).not.toEqual([])

    const result = await restoreBackup(db, backup.bytes, { appVersion })
    expect(result.ok).toBe(true)
    const after = await dumpDatabase(db)
    expect(diffDumps(before, after, isRestoreAuditEntry)).toEqual([])
    expect(after.auditLog!.filter((row) => isRestoreAuditEntry('auditLog', row))).toHaveLength(1)
  })

  it('keeps a backup of the current state first, and that backup restores the state before the restore', async () => {
    const db = freshDatabase()
    await fillRegister(db, 4)
    const backup = await exportBackup(db, { appVersion })
    await db.members.clear()
    await db.membershipPeriods.clear()
    const beforeRestore = await dumpDatabase(db)

    let membersWhenKept = -1
    const result = await restoreBackup(db, backup.bytes, {
      appVersion,
      keepSafetyBackup: async () => void (membersWhenKept = await db.members.count())
    })
    if (!result.ok) throw new Error(result.problem.message)
    expect(membersWhenKept).toBe(0)
    expect(await db.members.count()).toBe(4)

    const undo = await restoreBackup(db, result.safetyBackup.bytes, { appVersion })
    expect(undo.ok).toBe(true)
    expect(diffDumps(beforeRestore, await dumpDatabase(db), isRestoreAuditEntry)).toEqual([])
  })

  it('changes nothing when the safety backup cannot be kept', async () => {
    const db = freshDatabase()
    await fillRegister(db, 3)
    const backup = await exportBackup(db, { appVersion })
    await db.members.limit(1).delete()
    const before = await dumpDatabase(db)
    const result = await restoreBackup(db, backup.bytes, {
      appVersion,
      keepSafetyBackup: async () => {
        throw new Error('ENOSPC: no space left on device')
      }
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem.code).toBe('safety-backup-failed')
    expect(diffDumps(before, await dumpDatabase(db))).toEqual([])
  })

  it('rolls everything back when a write fails half-way through the replace', async () => {
    const db = freshDatabase()
    await fillRegister(db, 6)
    const backup = await exportBackup(db, { appVersion })
    await db.members.limit(2).delete()
    const before = await dumpDatabase(db)
    // The restore writes through db.tables, which Dexie keeps as instances apart from db.membershipPeriods.
    vi.spyOn(db.table('membershipPeriods'), 'bulkAdd').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    )

    const result = await restoreBackup(db, backup.bytes, { appVersion })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problem.code).toBe('write-failed')
      expect(result.problem.message).toMatch(/lagringsutrymmet är fullt.*registret är som före försöket/)
    }
    expect(diffDumps(before, await dumpDatabase(db))).toEqual([])
  })

  it('restores a backup from schema version 1 through the Dexie upgrade path', async () => {
    const old = freshDatabase(undefined, schemaVersions.slice(0, 1))
    const profile = { ...emptyCountyProfile(), countyCode: '08', strategyName: 'Ett jämställt Kalmar län' }
    await old.settings.put({
      key: 'countyProfile',
      value: profile,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z'
    })
    const backup = await exportBackup(old, { appVersion: '0.0.9' })
    expect(backup.header.schemaVersion).toBe(1)

    const db = freshDatabase()
    await fillRegister(db, 2)
    const result = await restoreBackup(db, backup.bytes, { appVersion })
    expect(result.ok).toBe(true)
    expect(await db.members.count()).toBe(0)
    expect((await db.settings.get('countyProfile'))?.value).toEqual(profile)
  })

  it('runs the upgrade functions of later schema versions on older rows', async () => {
    // A made-up next version that changes member rows.
    const withNext: SchemaVersion[] = [
      ...schemaVersions,
      {
        version: latestSchemaVersion + 1,
        stores: { members: 'id, &orgNumber, type, municipalityCode, importBatchId, postalTown' },
        upgrade: async (tx) => {
          await tx
            .table('members')
            .toCollection()
            .modify((m: { postalTown: string }) => void (m.postalTown = m.postalTown.toUpperCase()))
        }
      }
    ]
    const v2 = freshDatabase()
    await fillRegister(v2, 3)
    const backup = await exportBackup(v2, { appVersion })
    const db = freshDatabase(undefined, withNext)
    const result = await restoreBackup(db, backup.bytes, { appVersion, versions: withNext })
    expect(result.ok).toBe(true)
    const towns = (await db.members.toArray()).map((m) => m.postalTown)
    expect(towns.length).toBe(3)
    expect(towns.every((t) => t === t.toUpperCase())).toBe(true)
  })

  it('leaves no scratch database behind after checking an older backup', async () => {
    const old = freshDatabase(undefined, schemaVersions.slice(0, 1))
    const backup = await exportBackup(old, { appVersion })
    const db = freshDatabase()
    await restoreBackup(db, backup.bytes, { appVersion })
    const names = (await indexedDB.databases()).map((d) => d.name)
    expect(names.filter((n) => n?.startsWith('kugghjul-restore-check-'))).toEqual([])
  })

  it('reports restored counts and the header of the file', async () => {
    const db = freshDatabase()
    await fillRegister(db, 2)
    const backup = await exportBackup(db, { appVersion: '0.0.5' })
    const result = await restoreBackup(db, backup.bytes, { appVersion })
    if (!result.ok) throw new Error(result.problem.message)
    expect(result.restored.appVersion).toBe('0.0.5')
    expect(result.counts).toEqual(fileObject(backup.bytes).counts)
  })
})
