import { createPinia, setActivePinia } from 'pinia'
import { beforeEach } from 'vitest'
import type { KugghjulDatabase } from '@/data/database'
import { setDatabase } from '@/data/database-instance'
import { useAppStore } from '@/stores/app'
import { freshDatabase, today } from '../data/fresh-database'

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
