import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { useDatabase } from '@/data/database-instance'
import { insertDemoRegister, loadDemoDataIds, removeDemoData } from '@/data/demo-data'
import type { DemoDataIds } from '@/domain/test-data/demo-data-ids'
import { useAppStore } from './app'
import { useCalendarStore } from './calendar'
import { useMembersStore } from './members'
import { useNetworksStore } from './networks'

/** Exempeldata: made-up members and their work, added to an empty register and removed again. */
export const useDemoDataStore = defineStore('demo-data', () => {
  const app = useAppStore()
  /** What Exempeldata added and is still there; null when none. */
  const added = shallowRef<DemoDataIds | null>(null)
  /** 0–1 while adding or removing. */
  const progress = ref<number | null>(null)
  const addedMembers = computed(() => added.value?.members.length ?? 0)

  async function load(): Promise<void> {
    added.value = await loadDemoDataIds(useDatabase())
  }

  /** Every screen that keeps rows in memory reads the register again. */
  async function reloadScreens(): Promise<void> {
    const calendar = useCalendarStore()
    const networks = useNetworksStore()
    await Promise.all([
      useMembersStore().load(),
      load(),
      calendar.loaded ? calendar.load() : null,
      networks.loaded ? networks.load() : null
    ])
  }

  async function withProgress<T>(work: (onProgress: (fraction: number) => void) => Promise<T>): Promise<T> {
    progress.value = 0
    try {
      return await work((fraction) => (progress.value = fraction))
    } finally {
      progress.value = null
      await reloadScreens()
    }
  }

  /** Fills an empty register with `count` made-up members in the county's kommuner (refused when members exist). */
  async function add(count: number, countyCode: string, focusAreaIds: readonly string[]) {
    return withProgress(async (onProgress) => {
      const { generateDemoRegister } = await import('@/domain/test-data/demo-register')
      const { register, work } = generateDemoRegister({ members: count, countyCode, today: app.today, focusAreaIds })
      return insertDemoRegister(useDatabase(), register, work, onProgress)
    })
  }

  /** Removes exactly what Exempeldata added (and what hung on it); the user's own members stay. */
  const remove = () => withProgress((onProgress) => removeDemoData(useDatabase(), onProgress))

  return { added, addedMembers, progress, load, add, remove }
})
