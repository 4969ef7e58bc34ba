import type { Table } from 'dexie'

/** The rows of an event-keyed table (attendance, non-member attendance) that belong to the given events. */
export async function rowsOfEvents<T extends { eventId: string }>(
  table: Table<T, string>,
  eventIds: readonly string[]
): Promise<T[]> {
  if (eventIds.length === 0) return []
  return table
    .where('eventId')
    .anyOf([...eventIds])
    .toArray()
}
