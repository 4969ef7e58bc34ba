import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { useDatabase } from '@/data/database-instance'
import {
  createNetwork,
  deleteNetwork,
  loadMemberNetworks,
  loadNetworks,
  updateNetwork
} from '@/data/network-repository'
import type { NetworkRecord } from '@/data/records'
import { networkToDraft, type NetworkDraft } from '@/domain/networks/network'
import { sortSwedish } from '@/domain/swedish-format'
import { useUndoStore } from './undo'

/** The county's networks, in Swedish name order: loaded once, reloaded after each write. */
export const useNetworksStore = defineStore('networks', () => {
  const networks = shallowRef<NetworkRecord[]>([])
  const loaded = ref(false)
  const networksById = computed(() => new Map(networks.value.map((n) => [n.id, n])))

  async function load(): Promise<void> {
    networks.value = await loadNetworks(useDatabase())
    loaded.value = true
  }

  async function ensureLoaded(): Promise<void> {
    if (!loaded.value) await load()
  }

  async function write<T>(action: () => Promise<T>): Promise<T> {
    const result = await action()
    await load()
    return result
  }

  const create = (draft: NetworkDraft) => write(() => createNetwork(useDatabase(), draft))
  const update = (id: string, draft: NetworkDraft) => write(() => updateNetwork(useDatabase(), id, draft))
  /**
   * Refused, with the repository's Swedish message, while events belong to or invite the
   * network. After a delete, Ångra adds the network again with the same name, description,
   * members and contact (nothing refers to its id, or the delete would have been refused).
   */
  async function remove(id: string) {
    const before = networksById.value.get(id)
    const result = await write(() => deleteNetwork(useDatabase(), id))
    if (result.ok && before) {
      useUndoStore().offer({
        message: `Nätverket ${before.name} togs bort.`,
        undo: async () => void (await create(networkToDraft(before)))
      })
    }
    return result
  }
  const memberNetworks = async (memberId: string) =>
    sortSwedish(await loadMemberNetworks(useDatabase(), memberId), (n) => n.name)
  const nameOf = (id: string | null) => (id ? (networksById.value.get(id)?.name ?? 'Borttaget nätverk') : '')

  return { networks, loaded, networksById, load, ensureLoaded, create, update, remove, memberNetworks, nameOf }
})
