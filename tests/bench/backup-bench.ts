/**
 * How long a backup and a restore take for a large register: 1,000 members
 * (with their periods), 10,000 dialogues and 100,000 statistics values (as
 * 5,000 wide series of 20 values). Dialogues and statistics are not in the
 * schema yet, so this bench adds a made-up next version with those tables.
 * Runs on fake-indexeddb in Node, which is slower than Chromium's IndexedDB.
 *
 *   npx tsx tests/bench/backup-bench.ts
 */
import 'fake-indexeddb/auto'
import { exportBackup } from '../../src/renderer/src/data/backup/backup-export'
import { restoreBackup } from '../../src/renderer/src/data/backup/backup-restore'
import { validateBackup } from '../../src/renderer/src/data/backup/backup-validation'
import { KugghjulDatabase } from '../../src/renderer/src/data/database'
import { latestSchemaVersion, schemaVersions, type SchemaVersion } from '../../src/renderer/src/data/schema'
import { generateMembers } from '../../src/renderer/src/domain/test-data/member-generator'

const stamp = '2026-11-23T08:00:00.000Z'
const versions: SchemaVersion[] = [...schemaVersions, { version: latestSchemaVersion + 1, stores: { dialogues: 'id, memberId, date', statisticsSeries: 'id, datasetId, region' } }]

async function time<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now()
  const result = await work()
  console.log(`${label.padEnd(44)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`)
  return result
}

async function fill(db: KugghjulDatabase, withLargeTables: boolean): Promise<void> {
  const { members, periods } = generateMembers({ seed: 1, count: 1000, countyCode: '08', today: '2026-11-23' })
  await db.transaction('rw', db.tables, async () => {
    await db.members.bulkAdd(members.map((m) => ({ ...m, createdAt: stamp, updatedAt: stamp })))
    await db.membershipPeriods.bulkAdd(periods.map((p) => ({ ...p, createdAt: stamp, updatedAt: stamp })))
    if (!withLargeTables) return
    await db.table('dialogues').bulkAdd(
      Array.from({ length: 10_000 }, (_, i) => ({
        id: `d${String(i).padStart(6, '0')}`,
        memberId: members[i % members.length]!.id,
        date: '2026-03-01',
        needs: 'Stöd i att ta fram könsuppdelad statistik för verksamhetens egna mål.',
        agreements: 'Kommunen tar fram en insatsplan till nästa möte.',
        createdAt: stamp,
        updatedAt: stamp
      }))
    )
    await db.table('statisticsSeries').bulkAdd(
      Array.from({ length: 5_000 }, (_, i) => ({
        id: `s${String(i).padStart(6, '0')}`,
        datasetId: `ds${i % 20}`,
        region: String(800 + (i % 290)).padStart(4, '0'),
        values: Object.fromEntries(Array.from({ length: 20 }, (_, y) => [String(2004 + y), { women: 1000 + y, men: 990 + y, total: 1990 + 2 * y }])),
        createdAt: stamp,
        updatedAt: stamp
      }))
    )
  })
}

async function bench(label: string, dbVersions: readonly SchemaVersion[], withLargeTables: boolean): Promise<void> {
  console.log(`\n${label}`)
  const db = new KugghjulDatabase(`bench-${crypto.randomUUID()}`, dbVersions)
  await fill(db, withLargeTables)
  const backup = await time('export (read + serialise + sha-256)', () => exportBackup(db, { appVersion: 'bench' }))
  console.log(`${'file size'.padEnd(44)} ${(backup.bytes.byteLength / 1024 / 1024).toFixed(1).padStart(6)} MB`)
  await time('validate only', () => validateBackup(db, backup.bytes, { versions: dbVersions }))
  const result = await time('restore (validate + safety backup + replace)', () => restoreBackup(db, backup.bytes, { appVersion: 'bench', versions: dbVersions }))
  if (!result.ok) throw new Error(result.problem.message)
  await db.delete()
}

await bench('1,000 members (current schema)', schemaVersions, false)
await bench('1,000 members + 10,000 dialogues + 100,000 statistics values', versions, true)
