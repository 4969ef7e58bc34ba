import type { Table } from 'dexie'
import { demoDataIds, demoDataIdsProblem, demoTables, type DemoDataIds } from '@/domain/test-data/demo-data-ids'
import type { GeneratedRegister } from '@/domain/test-data/member-generator'
import type { GeneratedWork } from '@/domain/test-data/work-generator'
import { recordAudit } from './audit-log'
import { nowIso, type KugghjulDatabase } from './database'
import type { SettingRecord } from './records'
import { writeTransaction } from './write-transaction'

export class RegisterNotEmptyError extends Error {
  constructor() {
    super(
      'Exempeldata kan bara läggas in i ett tomt register. Ta en säkerhetskopia och börja om med ett tomt register, eller låt bli.'
    )
    this.name = 'RegisterNotEmptyError'
  }
}

export interface DemoCounts {
  members: number
  periods: number
  dialogues: number
  actions: number
  events: number
}

/** The settings record that remembers what Exempeldata added (its ids, table by table). */
export const DEMO_DATA_KEY = 'demoData'

/** Rows written per step, so a progress bar moves while 1 000 members and their work are stored. */
const CHUNK = 2000

/**
 * Fills an empty register with generated, made-up data for demonstrations and
 * the benchmark, in one transaction, and remembers the ids it added so that
 * removeDemoData can take exactly those away again. Refuses when any member
 * exists, so real data is never mixed into invented data. `onProgress` gets
 * the share written (0–1) as the rows are stored.
 */
export async function insertDemoRegister(
  db: KugghjulDatabase,
  register: GeneratedRegister,
  work?: GeneratedWork,
  onProgress?: (fraction: number) => void
): Promise<DemoCounts> {
  const parts: [Table, readonly object[]][] = [
    [db.members, register.members],
    [db.membershipPeriods, register.periods],
    [db.dialogues, work?.dialogues ?? []],
    [db.actionPlans, work?.plans ?? []],
    [db.actions, work?.actions ?? []],
    [db.networks, work?.networks ?? []],
    [db.events, work?.events ?? []],
    [db.attendance, work?.attendance ?? []]
  ]
  const total = parts.reduce((sum, [, rows]) => sum + rows.length, 0)
  return writeTransaction(db, [...parts.map(([table]) => table), db.settings, db.auditLog], async () => {
    if ((await db.members.count()) > 0) throw new RegisterNotEmptyError()
    const now = nowIso()
    let written = 0
    for (const [table, rows] of parts) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK).map((r) => ({ ...r, createdAt: now, updatedAt: now }))
        await table.bulkAdd(chunk)
        written += chunk.length
        onProgress?.(written / total)
      }
    }
    const ids: SettingRecord<DemoDataIds> = {
      key: DEMO_DATA_KEY,
      value: demoDataIds(register, work),
      createdAt: now,
      updatedAt: now
    }
    await db.settings.put(ids)
    const counts = {
      members: register.members.length,
      periods: register.periods.length,
      dialogues: work?.dialogues.length ?? 0,
      actions: work?.actions.length ?? 0,
      events: work?.events.length ?? 0
    }
    await recordAudit(db, {
      entityType: 'memberImport',
      entityId: 'exempeldata',
      action: 'import',
      summary: `Exempeldata: ${counts.members} påhittade verksamheter, ${counts.periods} perioder, ${counts.dialogues} dialoger, ${counts.actions} insatser och ${counts.events} aktiviteter.`
    })
    return counts
  })
}

/** What Exempeldata added and has not been removed yet, or null when there is none. */
export async function loadDemoDataIds(db: KugghjulDatabase): Promise<DemoDataIds | null> {
  const row = (await db.settings.get(DEMO_DATA_KEY)) as SettingRecord<unknown> | undefined
  return row && demoDataIdsProblem(row.value) === null ? (row.value as DemoDataIds) : null
}

/**
 * Removes what Exempeldata added, in one transaction: exactly the rows it
 * remembered, and what the user hung on those rows since (a dialogue with a
 * made-up member, attendance at a made-up event), which cannot stand without
 * them; the user's own networks and events forget made-up members and
 * networks. Members the user added stay, with everything of theirs.
 * Returns how many made-up members were removed.
 */
export async function removeDemoData(
  db: KugghjulDatabase,
  onProgress?: (fraction: number) => void
): Promise<{ members: number }> {
  return writeTransaction(db, db.tables, async () => {
    const ids = await loadDemoDataIds(db)
    if (!ids) return { members: 0 }
    const members = new Set(ids.members)
    const networks = new Set(ids.networks)
    const total = demoTables.length + 2
    let step = 0
    for (const name of demoTables) {
      await db.table(name).bulkDelete(ids[name])
      onProgress?.(++step / total)
    }
    // Rows of any table that hang on a removed member or event (periods, dialogues, certificates, evaluations, registrations…).
    for (const table of db.tables) {
      if (table.schema.idxByName['memberId']) await table.where('memberId').anyOf(ids.members).delete()
      if (table.schema.idxByName['eventId']) await table.where('eventId').anyOf(ids.events).delete()
    }
    onProgress?.(++step / total)
    const keep = (list: string[], removed: Set<string>) => list.filter((id) => !removed.has(id))
    await db.networks
      .where('memberIds')
      .anyOf(ids.members)
      .modify((n) => void (n.memberIds = keep(n.memberIds, members)))
    await db.events
      .filter(
        (e) =>
          e.invitedMemberIds.some((id) => members.has(id)) ||
          e.invitedNetworkIds.some((id) => networks.has(id)) ||
          (e.networkId !== null && networks.has(e.networkId))
      )
      .modify((e) => {
        e.invitedMemberIds = keep(e.invitedMemberIds, members)
        e.invitedNetworkIds = keep(e.invitedNetworkIds, networks)
        if (e.networkId !== null && networks.has(e.networkId)) e.networkId = null
      })
    await db.settings.delete(DEMO_DATA_KEY)
    await recordAudit(db, {
      entityType: 'memberImport',
      entityId: 'exempeldata',
      action: 'delete',
      summary: `Exempeldata togs bort: ${members.size} påhittade verksamheter med allt som hörde till dem.`
    })
    onProgress?.(1)
    return { members: members.size }
  })
}
