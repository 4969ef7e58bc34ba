import type { KeyMeasureChoice } from '@/domain/statistics/key-measures'
import { recordAudit } from '../audit-log'
import { nowIso, type KugghjulDatabase } from '../database'
import type { SettingRecord } from '../records'
import { writeTransaction } from '../write-transaction'

/**
 * The coordinator's key measures (nyckeltal) for the member pages, kept as a
 * setting of its own so saving them never touches the other preferences.
 */
const KEY = 'keyMeasures'

function isChoice(value: unknown): value is KeyMeasureChoice {
  const v = value as Partial<KeyMeasureChoice> | null
  return typeof v === 'object' && v !== null && typeof v.datasetId === 'string' && typeof v.measure === 'string'
}

/** The chosen key measures in the order chosen; [] until the coordinator picks some. */
export async function loadKeyMeasureChoices(db: KugghjulDatabase): Promise<KeyMeasureChoice[]> {
  const row = (await db.settings.get(KEY)) as SettingRecord<unknown> | undefined
  const value = Array.isArray(row?.value) ? (row.value as unknown[]) : []
  // A restored backup may hold anything under the key; keep only well-formed choices.
  return value.filter(isChoice).map((c) => ({ datasetId: c.datasetId, measure: c.measure }))
}

export async function saveKeyMeasureChoices(db: KugghjulDatabase, choices: readonly KeyMeasureChoice[]): Promise<void> {
  await writeTransaction(db, [db.settings, db.auditLog], async () => {
    const existing = await db.settings.get(KEY)
    const now = nowIso()
    const value = choices.map((c) => ({ datasetId: c.datasetId, measure: c.measure }))
    await db.settings.put({ key: KEY, value, createdAt: existing?.createdAt ?? now, updatedAt: now })
    await recordAudit(db, {
      entityType: 'preferences',
      entityId: KEY,
      action: existing ? 'update' : 'create',
      summary:
        value.length === 0
          ? 'Inga nyckeltal visas på verksamhetssidorna.'
          : `Nyckeltal på verksamhetssidorna: ${value.map((c) => c.measure).join('; ')}.`
    })
  })
}
