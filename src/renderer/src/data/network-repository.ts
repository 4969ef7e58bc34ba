import { validateNetworkDraft, type NetworkDraft, type NetworkErrors } from '@/domain/networks/network'
import { compareSwedish } from '@/domain/swedish-format'
import { recordAudit } from './audit-log'
import { newId, nowIso, type KugghjulDatabase } from './database'
import { failed, type WriteResult } from './member-register-errors'
import { editedRow, missingKeys, newRow } from './member-work-context'
import type { NetworkRecord } from './records'
import { requireRecord } from './record-not-found'
import { writeTransaction } from './write-transaction'

function audit(db: KugghjulDatabase, network: NetworkRecord, action: 'create' | 'update' | 'delete', summary: string) {
  return recordAudit(db, { entityType: 'network', entityId: network.id, action, summary })
}

/** All networks by name (Swedish order). */
export async function loadNetworks(db: KugghjulDatabase): Promise<NetworkRecord[]> {
  return (await db.networks.toArray()).sort((a, b) => compareSwedish(a.name, b.name))
}

/** The networks a member belongs to. */
export function loadMemberNetworks(db: KugghjulDatabase, memberId: string): Promise<NetworkRecord[]> {
  return db.networks.where('memberIds').equals(memberId).toArray()
}

async function checkedFields(
  db: KugghjulDatabase,
  draft: NetworkDraft,
  exceptId?: string
): Promise<WriteResult<NetworkDraft, NetworkErrors>> {
  const result = validateNetworkDraft(draft)
  if (!result.ok) return failed(result.errors)
  const wanted = result.fields.name.toLocaleLowerCase('sv')
  const clash = (await db.networks.toArray()).find(
    (n) => n.id !== exceptId && n.name.toLocaleLowerCase('sv') === wanted
  )
  if (clash) return failed({ name: `Det finns redan ett nätverk som heter "${clash.name}". Välj ett annat namn.` })
  if ((await missingKeys(db.members, result.fields.memberIds)).length > 0)
    return failed({
      memberIds: 'En vald verksamhet finns inte längre i registret. Ta bort den ur listan och försök igen.'
    })
  return { ok: true, value: result.fields }
}

export async function createNetwork(
  db: KugghjulDatabase,
  draft: NetworkDraft
): Promise<WriteResult<NetworkRecord, NetworkErrors>> {
  return writeTransaction(db, [db.networks, db.members, db.auditLog], async () => {
    const fields = await checkedFields(db, draft)
    if (!fields.ok) return fields
    const network: NetworkRecord = newRow(newId(), fields.value, nowIso())
    await db.networks.add(network)
    await audit(
      db,
      network,
      'create',
      `Nätverket "${network.name}" skapades med ${network.memberIds.length} verksamheter.`
    )
    return { ok: true, value: network }
  })
}

export async function updateNetwork(
  db: KugghjulDatabase,
  networkId: string,
  draft: NetworkDraft
): Promise<WriteResult<NetworkRecord, NetworkErrors>> {
  return writeTransaction(db, [db.networks, db.members, db.auditLog], async () => {
    const before = await requireRecord(db.networks, 'network', networkId)
    const fields = await checkedFields(db, draft, networkId)
    if (!fields.ok) return fields
    const network = editedRow(before, fields.value, nowIso())
    await db.networks.put(network)
    await audit(
      db,
      network,
      'update',
      `Nätverket "${network.name}" ändrades (${network.memberIds.length} verksamheter).`
    )
    return { ok: true, value: network }
  })
}

/** Deletes a network that no event belongs to or invites. */
export async function deleteNetwork(
  db: KugghjulDatabase,
  networkId: string
): Promise<WriteResult<NetworkRecord, { network?: string }>> {
  return writeTransaction(db, [db.networks, db.events, db.auditLog], async () => {
    const network = await requireRecord(db.networks, 'network', networkId)
    const owned = await db.events.where('networkId').equals(networkId).primaryKeys()
    const invited = await db.events.where('invitedNetworkIds').equals(networkId).primaryKeys()
    const using = new Set([...owned, ...invited]).size
    if (using > 0)
      return failed({
        network: `Nätverket används av ${using} ${using === 1 ? 'aktivitet' : 'aktiviteter'} i årshjulet. Ta bort nätverket från ${using === 1 ? 'aktiviteten' : 'aktiviteterna'} först.`
      })
    await db.networks.delete(networkId)
    await audit(db, network, 'delete', `Nätverket "${network.name}" togs bort.`)
    return { ok: true, value: network }
  })
}
