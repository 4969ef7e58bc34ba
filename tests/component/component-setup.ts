import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach } from 'vitest'
import { KugghjulDatabase } from '@/data/database'
import { setDatabase } from '@/data/database-instance'
import { useAppStore } from '@/stores/app'
import { today } from '../unit/data/fresh-database'

/** Each component test gets a fresh Pinia, its own database in fake-indexeddb, today pinned, and an empty page afterwards. */
export function componentTestSetup(): { db: () => KugghjulDatabase } {
  let db: KugghjulDatabase
  beforeEach(() => {
    setActivePinia(createPinia())
    db = new KugghjulDatabase(`component-${crypto.randomUUID()}`)
    setDatabase(db)
    useAppStore().today = today
  })
  afterEach(async () => {
    document.body.innerHTML = ''
    await db.delete()
  })
  return { db: () => db }
}
