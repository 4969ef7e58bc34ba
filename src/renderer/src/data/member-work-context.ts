import type { ActionProfileRules } from '@/domain/action-plans/action-validation'
import type { FocusArea } from '@/domain/county-profile'
import type { FocusAreaTerm } from '@/domain/county-words'
import { loadCountyProfile } from './county-profile-repository'
import type { KugghjulDatabase } from './database'
import type { Timestamps } from './records'

/** The county profile's focus areas and their word (none before the profile exists). Read inside the write transaction. */
export async function focusAreasOf(
  db: KugghjulDatabase
): Promise<{ focusAreas: FocusArea[]; focusAreaTerm?: FocusAreaTerm }> {
  const profile = await loadCountyProfile(db)
  return profile ? { focusAreas: profile.focusAreas, focusAreaTerm: profile.focusAreaTerm } : { focusAreas: [] }
}

/** What the county profile says about actions (areas, their word, whether a delmål is required). Read inside the write transaction. */
export async function actionRulesOf(db: KugghjulDatabase): Promise<ActionProfileRules> {
  const profile = await loadCountyProfile(db)
  return profile
    ? {
        focusAreas: profile.focusAreas,
        focusAreaTerm: profile.focusAreaTerm,
        nationalGoalRequired: profile.nationalGoalRequired
      }
    : { focusAreas: [] }
}

/** A new row: the fields with an id and both timestamps. */
export function newRow<F extends object>(id: string, fields: F, now: string): F & { id: string } & Timestamps {
  return { ...fields, id, createdAt: now, updatedAt: now }
}

/** The stored row with edited fields and a new updatedAt. */
export function editedRow<R extends Timestamps, F extends object>(row: R, fields: F, now: string): R & F {
  return { ...row, ...fields, updatedAt: now }
}

/** Ids in `wanted` that are not keys of `table`. */
export async function missingKeys(
  table: { bulkGet(keys: string[]): Promise<unknown[]> },
  wanted: readonly string[]
): Promise<string[]> {
  if (wanted.length === 0) return []
  const found = await table.bulkGet([...wanted])
  return wanted.filter((_, i) => found[i] === undefined)
}
