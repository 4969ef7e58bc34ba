import { defaultPreferences, type Preferences } from '@/domain/preferences'
import { recordAudit } from './audit-log'
import { nowIso, type KugghjulDatabase } from './database'
import type { SettingRecord } from './records'
import { writeTransaction } from './write-transaction'

const KEY = 'preferences'

export async function loadPreferences(db: KugghjulDatabase): Promise<Preferences> {
  const row = (await db.settings.get(KEY)) as SettingRecord<Partial<Preferences>> | undefined
  return { ...defaultPreferences, ...(row?.value ?? {}) }
}

export async function savePreferences(db: KugghjulDatabase, preferences: Preferences): Promise<void> {
  await writeTransaction(db, [db.settings, db.auditLog], async () => {
    const existing = await db.settings.get(KEY)
    const now = nowIso()
    await db.settings.put({
      key: KEY,
      value: { ...preferences },
      createdAt: existing?.createdAt ?? now,
      updatedAt: now
    })
    await recordAudit(db, {
      entityType: 'preferences',
      entityId: KEY,
      action: existing ? 'update' : 'create',
      summary: `Påminnelse om utvärdering ${preferences.evaluationWarningDays} dagar före periodens slut.`
    })
  })
}
