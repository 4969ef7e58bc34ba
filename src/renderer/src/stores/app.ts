import { defineStore } from 'pinia'
import { markRaw, ref, shallowRef } from 'vue'
import { toIsoDate } from '@/domain/swedish-format'
import type { AppInfo, OpenExternalResult, Platform } from '@/platform/platform'
import { followToday } from './follow-today'

export type StoragePersistence = 'granted' | 'denied' | 'unsupported' | 'unknown'

/** Platform, app facts and the storage guarantee: things the whole app reads. */
export const useAppStore = defineStore('app', () => {
  const platform = shallowRef<Platform | null>(null)
  const info = ref<AppInfo | null>(null)
  const persistence = ref<StoragePersistence>('unknown')
  /** Today's date (YYYY-MM-DD); every status and deadline is computed against it. */
  const today = ref(toIsoDate(new Date()))

  function refreshToday(): void {
    const now = toIsoDate(new Date())
    if (now !== today.value) today.value = now
  }

  /** Starts following the date (focus, visibility, midnight); returns the function that stops it. */
  function followDate(target: Window): () => void {
    refreshToday()
    return followToday(target, refreshToday)
  }

  async function start(selected: Platform, storage: StorageManager | undefined): Promise<void> {
    platform.value = markRaw(selected)
    info.value = await selected.appInfo()
    persistence.value = await requestPersistence(storage)
  }

  function requirePlatform(): Platform {
    if (!platform.value) throw new Error('Appen har inte startat klart.')
    return platform.value
  }

  /**
   * A web page or mailto: link in the system's own program; a refusal comes back with a Swedish reason. Before the
   * app has started the promise rejects (it never throws where the caller only handles the promise).
   */
  async function openLink(url: string): Promise<OpenExternalResult> {
    return requirePlatform().openLink(url)
  }

  return { platform, info, persistence, today, refreshToday, followDate, start, requirePlatform, openLink }
})

/** Asks the browser not to evict our IndexedDB under storage pressure. */
async function requestPersistence(storage: StorageManager | undefined): Promise<StoragePersistence> {
  if (!storage?.persist) return 'unsupported'
  try {
    if (await storage.persisted()) return 'granted'
    return (await storage.persist()) ? 'granted' : 'denied'
  } catch {
    return 'unsupported'
  }
}
