/**
 * How long a backup and a restore take for a large register: 1,000 members
 * (with their periods), 10,000 dialogues and 100,000 statistics values (as
 * 5,000 wide series of 20 values). Tables the schema does not have yet are
 * added as a made-up next version of a scratch database. Runs on
 * fake-indexeddb in Node, which is slower than Chromium's IndexedDB.
 */
import 'fake-indexeddb/auto'
import { exportBackup } from '../../../src/renderer/src/data/backup/backup-export'
import { restoreBackup } from '../../../src/renderer/src/data/backup/backup-restore'
import { KugghjulDatabase } from '../../../src/renderer/src/data/database'
import { latestSchemaVersion, schemaVersions, type SchemaVersion } from '../../../src/renderer/src/data/schema'
import { generateMembers } from '../../../src/renderer/src/domain/test-data/member-generator'
import { result, sampleMs, type Scenario } from '../measure'

const stamp = '2026-11-23T08:00:00.000Z'

function withBenchTables(): SchemaVersion[] {
  const known = new Set(schemaVersions.flatMap((v) => Object.keys(v.stores)))
  const stores: Record<string, string> = {}
  if (!known.has('dialogues')) stores['dialogues'] = 'id, memberId, date'
  if (!known.has('benchSeries')) stores['benchSeries'] = 'id, datasetId, region'
  return [...schemaVersions, { version: latestSchemaVersion + 1, stores }]
}

async function fill(db: KugghjulDatabase, size: { members: number; dialogues: number; series: number }): Promise<void> {
  const { members, periods } = generateMembers({ seed: 1, count: size.members, countyCode: '08', today: '2026-11-23' })
  await db.transaction('rw', db.tables, async () => {
    await db.members.bulkAdd(members.map((m) => ({ ...m, createdAt: stamp, updatedAt: stamp })))
    await db.membershipPeriods.bulkAdd(periods.map((p) => ({ ...p, createdAt: stamp, updatedAt: stamp })))
    await db.table('dialogues').bulkAdd(
      Array.from({ length: size.dialogues }, (_, i) => ({
        id: `d${String(i).padStart(6, '0')}`,
        memberId: members[i % members.length]!.id,
        date: '2026-03-01',
        needs: 'Stöd i att ta fram könsuppdelad statistik för verksamhetens egna mål.',
        agreements: 'Kommunen tar fram en insatsplan till nästa möte.',
        createdAt: stamp,
        updatedAt: stamp
      }))
    )
    await db.table('benchSeries').bulkAdd(
      Array.from({ length: size.series }, (_, i) => ({
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

export const backupScenario: Scenario = {
  name: 'backup and restore (Node, fake-indexeddb)',
  async run({ smoke }) {
    const size = smoke ? { members: 20, dialogues: 100, series: 50 } : { members: 1000, dialogues: 10_000, series: 5000 }
    const versions = withBenchTables()
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
    const label = `${size.members} members, ${size.dialogues} dialogues, ${size.series * 20} statistics values; ${(bytes.byteLength / 2 ** 20).toFixed(1)} MB`
    return [
      result(`backup export (${label})`, 'ms', exports, { note: 'read every table in one transaction, serialise, sha-256' }),
      result(`restore (${label})`, 'ms', restores, { note: 'validate, take a safety backup of the current data, replace all in one transaction' })
    ]
  }
}
