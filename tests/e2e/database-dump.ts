import type { Page } from '@playwright/test'

/**
 * Every object store of the app's IndexedDB, read with the raw IndexedDB API
 * (not the app's own code), keyed and sorted, so two moments can be compared exactly.
 */
export async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kugghjul')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const dump: Record<string, unknown[]> = {}
    for (const name of Array.from(db.objectStoreNames)) {
      dump[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    }
    db.close()
    return dump
  })
}
