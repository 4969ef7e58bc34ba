import type { KugghjulDatabase } from '@/data/database'
import type { AuditEntry } from '@/data/records'
import { emptyCountyProfile } from '@/domain/county-profile'
import { generateMembers } from '@/domain/test-data/member-generator'

export const stamp = '2026-11-23T08:00:00.000Z'

/** Fills `db` with a generated Kalmar register: county profile, members, periods and one audit entry per member. */
export async function fillRegister(db: KugghjulDatabase, count = 20, seed = 7): Promise<void> {
  const { members, periods } = generateMembers({ seed, count, countyCode: '08', today: '2026-11-23' })
  const profile = {
    ...emptyCountyProfile(),
    countyCode: '08',
    strategyName: 'Ett jämställt Kalmar län',
    strategyStartYear: 2023,
    strategyEndYear: 2027
  }
  const audit: AuditEntry[] = members.map((m, i) => ({
    id: `audit-${String(i).padStart(5, '0')}`,
    at: stamp,
    entityType: 'member',
    entityId: m.id,
    action: 'create',
    summary: `${m.name} lades till.`
  }))
  await db.transaction('rw', db.tables, async () => {
    await db.settings.put({ key: 'countyProfile', value: profile, createdAt: stamp, updatedAt: stamp })
    await db.members.bulkAdd(members.map((m) => ({ ...m, createdAt: stamp, updatedAt: stamp })))
    await db.membershipPeriods.bulkAdd(periods.map((p) => ({ ...p, createdAt: stamp, updatedAt: stamp })))
    await db.auditLog.bulkAdd(audit)
  })
}

/** The backup file as a JSON object, to edit in a test. */
export function fileObject(
  bytes: Uint8Array
): Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> } {
  return JSON.parse(new TextDecoder().decode(bytes))
}

export function toBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value))
}

/** Gives an edited file object a matching checksum again, so a test reaches the checks after it. */
export async function resigned(file: Record<string, unknown>): Promise<Uint8Array> {
  const { currentChecksum } = await import('@/data/backup/backup-format-migration')
  return toBytes({ ...file, sha256: await currentChecksum(file) })
}
