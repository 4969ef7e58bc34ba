import type { GeneratedRegister } from './member-generator'
import type { GeneratedWork } from './work-generator'

/** The tables Exempeldata writes to. */
export const demoTables = [
  'members',
  'membershipPeriods',
  'dialogues',
  'actionPlans',
  'actions',
  'networks',
  'events',
  'attendance'
] as const
export type DemoTable = (typeof demoTables)[number]

/**
 * What Exempeldata added, table by table: the ids it remembers so that
 * "Ta bort exempeldata" removes exactly those rows and nothing the user made.
 */
export type DemoDataIds = Record<DemoTable, string[]>

export function demoDataIds(register: GeneratedRegister, work: GeneratedWork | undefined): DemoDataIds {
  const ids = (rows: readonly { id: string }[] | undefined) => (rows ?? []).map((r) => r.id)
  return {
    members: ids(register.members),
    membershipPeriods: ids(register.periods),
    dialogues: ids(work?.dialogues),
    actionPlans: ids(work?.plans),
    actions: ids(work?.actions),
    networks: ids(work?.networks),
    events: ids(work?.events),
    attendance: ids(work?.attendance)
  }
}

/** Why a stored value is not a DemoDataIds (for the restore's check), or null. */
export function demoDataIdsProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'är inte ett objekt'
  const record = value as Record<string, unknown>
  const extra = Object.keys(record).filter((k) => !(demoTables as readonly string[]).includes(k))
  if (extra.length > 0) return `har okända fält: ${extra.join(', ')}`
  for (const table of demoTables) {
    const ids = record[table]
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 100))
      return `saknar en lista med id:n för ${table}`
  }
  return null
}
