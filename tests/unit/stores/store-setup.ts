import { rm } from 'node:fs/promises'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, vi } from 'vitest'
import type { KugghjulDatabase } from '@/data/database'
import { setDatabase } from '@/data/database-instance'
import { useAppStore } from '@/stores/app'
import { freshDatabase, today } from '../data/fresh-database'
import { electronHarness } from '../platform/platform-harness'
import { ModuleWorker } from './module-worker'

/** Each store test gets a fresh Pinia, a fresh database in fake-indexeddb and today pinned. */
export function storeTestSetup(): { db: () => KugghjulDatabase } {
  let db: KugghjulDatabase
  beforeEach(() => {
    setActivePinia(createPinia())
    db = freshDatabase()
    setDatabase(db)
    useAppStore().today = today
  })
  return { db: () => db }
}

type ElectronHarness = Awaited<ReturnType<typeof electronHarness>>

/**
 * The app store started on the Electron platform: the real preload bridge and
 * main services on a temporary folder, removed after each test. With
 * `workers`, the stores' Web Workers (PDFs) run their module in this thread.
 * Call after storeTestSetup(), so each test's Pinia exists first.
 */
export function electronStoreSetup(options: { workers?: boolean } = {}): () => ElectronHarness {
  let harness: ElectronHarness
  beforeEach(async () => {
    if (options.workers) vi.stubGlobal('Worker', ModuleWorker)
    harness = await electronHarness()
    await useAppStore().start(harness.platform, undefined)
    return async () => {
      vi.unstubAllGlobals()
      await rm(harness.folder, { recursive: true, force: true })
    }
  })
  return () => harness
}
