/**
 * How long a backup and a restore take for a large register: the demo
 * register of 1,000 members (10,000 dialogues, 5,000 actions, events) and
 * 100,000 statistics values (as 5,000 wide series of 20 values). Runs on
 * fake-indexeddb in Node, which is slower than Chromium's IndexedDB.
 */
import 'fake-indexeddb/auto'
import { exportBackup } from '../../../src/renderer/src/data/backup/backup-export'
import { restoreBackup } from '../../../src/renderer/src/data/backup/backup-restore'
import { KugghjulDatabase } from '../../../src/renderer/src/data/database'
import { latestSchemaVersion, schemaVersions, type SchemaVersion } from '../../../src/renderer/src/data/schema'
import { insertDemoRegister } from '../../../src/renderer/src/data/demo-data'
import { generateDemoRegister } from '../../../src/renderer/src/domain/test-data/demo-register'
import { result, sampleMs, type Scenario } from '../measure'

/** The real schema plus a bench-only table of wide statistics series (the import writes its own; this keeps the scenario independent of it). */
function benchVersions(): SchemaVersion[] {
  return [...schemaVersions, { version: latestSchemaVersion + 1, stores: { benchSeries: 'id, datasetId, region' } }]
}

async function fill(db: KugghjulDatabase, size: { members: number; series: number }): Promise<void> {
  const { register, work } = generateDemoRegister({
    members: size.members,
    countyCode: '08',
    today: '2026-11-23',
    focusAreaIds: ['f1', 'f2']
  })
  await insertDemoRegister(db, register, work)
  const stamp = '2026-11-23T08:00:00.000Z'
  await db.table('benchSeries').bulkAdd(
    Array.from({ length: size.series }, (_, i) => ({
      id: `s${String(i).padStart(6, '0')}`,
      datasetId: `ds${i % 20}`,
      region: String(800 + (i % 290)).padStart(4, '0'),
      values: Object.fromEntries(
        Array.from({ length: 20 }, (_, y) => [String(2004 + y), { women: 1000 + y, men: 990 + y, total: 1990 + 2 * y }])
      ),
      createdAt: stamp,
      updatedAt: stamp
    }))
  )
}

export const backupScenario: Scenario = {
  name: 'backup and restore (Node, fake-indexeddb)',
  async run({ smoke }) {
    const size = smoke ? { members: 20, series: 50 } : { members: 1000, series: 5000 }
    const versions = benchVersions()
    const db = new KugghjulDatabase(`bench-${crypto.randomUUID()}`, versions)
    await fill(db, size)
    const runs = smoke ? 1 : 5
    let bytes: Uint8Array = new Uint8Array()
    const exports = await sampleMs(runs, async () => (bytes = (await exportBackup(db, { appVersion: 'bench' })).bytes))
    const restores = await sampleMs(runs, async () => {
      const restored = await restoreBackup(db, bytes, { appVersion: 'bench', versions })
      if (!restored.ok) throw new Error(restored.problem.message)
    })
    await db.delete()
    const label = `${size.members} members, ${size.members * 10} dialogues, ${size.members * 5} actions, ${size.series * 20} statistics values; ${(bytes.byteLength / 2 ** 20).toFixed(1)} MB`
    return [
      result(`backup export (${label})`, 'ms', exports, {
        note: 'read every table in one transaction, serialise, sha-256'
      }),
      result(`restore (${label})`, 'ms', restores, {
        note: 'validate, take a safety backup of the current data, replace all in one transaction'
      })
    ]
  }
}
