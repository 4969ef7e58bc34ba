import type { KugghjulDatabase } from '../database'

/** How many actions have a statistics target in one of these datasets: they lose their link when the datasets go. */
export async function countActionsTargeting(db: KugghjulDatabase, datasetIds: readonly string[]): Promise<number> {
  if (datasetIds.length === 0) return 0
  const ids = new Set(datasetIds)
  return db.actions.filter((a) => a.statisticsTarget !== null && ids.has(a.statisticsTarget.datasetId)).count()
}
