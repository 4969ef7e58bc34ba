import { withProfileDefaults, type CountyProfile } from '@/domain/county-profile'
import { recordAudit } from './audit-log'
import { nowIso, type KugghjulDatabase } from './database'
import type { SettingRecord } from './records'
import { writeTransaction } from './write-transaction'

const KEY = 'countyProfile'

export async function loadCountyProfile(db: KugghjulDatabase): Promise<CountyProfile | null> {
  const row = (await db.settings.get(KEY)) as SettingRecord<CountyProfile> | undefined
  return row ? withProfileDefaults(row.value) : null
}

/** Saves the profile and its audit entry in one transaction. */
export async function saveCountyProfile(db: KugghjulDatabase, profile: CountyProfile): Promise<void> {
  await writeTransaction(db, [db.settings, db.auditLog], async () => {
    const existing = await db.settings.get(KEY)
    const now = nowIso()
    await db.settings.put({
      key: KEY,
      value: JSON.parse(JSON.stringify(profile)) as CountyProfile,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now
    })
    await recordAudit(db, {
      entityType: 'countyProfile',
      entityId: KEY,
      action: existing ? 'update' : 'create',
      summary: existing ? 'Länsprofilen ändrades' : `Länsprofilen skapades: ${profile.strategyName}`
    })
  })
}
