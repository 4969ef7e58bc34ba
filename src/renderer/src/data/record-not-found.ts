import type { Table } from 'dexie'

export type MemberWorkKind = 'dialogue' | 'actionPlan' | 'action' | 'event' | 'network'

const names: Readonly<Record<MemberWorkKind, string>> = {
  dialogue: 'Dialogen',
  actionPlan: 'Insatsplanen',
  action: 'Insatsen',
  event: 'Aktiviteten',
  network: 'Nätverket'
}

/** Thrown when the id a screen holds no longer matches a row, e.g. after a restore from backup or a delete in another window. */
export class RecordNotFoundError extends Error {
  constructor(
    readonly kind: MemberWorkKind,
    id: string
  ) {
    super(
      `${names[kind]} finns inte längre (id ${id}). Den kan ha tagits bort. Gå tillbaka till listan och försök igen.`
    )
    this.name = 'RecordNotFoundError'
  }
}

/** The row with `id`, or a RecordNotFoundError. */
export async function requireRecord<T>(table: Table<T, string>, kind: MemberWorkKind, id: string): Promise<T> {
  const row = await table.get(id)
  if (row === undefined) throw new RecordNotFoundError(kind, id)
  return row
}

/** Thrown when an undo would re-insert a row that is already back. */
export class AlreadyRestoredError extends Error {
  constructor(kind: MemberWorkKind) {
    super(`${names[kind]} finns redan – ångra har redan gjorts. Ladda om sidan för att se den.`)
    this.name = 'AlreadyRestoredError'
  }
}
