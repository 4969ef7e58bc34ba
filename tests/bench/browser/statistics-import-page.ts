/**
 * Runs in Chromium for the statistics-import bench (bundled by
 * statistics-import-chromium.ts): the app's own import client with its
 * worker, then the commit into real IndexedDB, timing each step and
 * collecting the main thread's long tasks.
 */
import { KugghjulDatabase } from '../../../src/renderer/src/data/database'
import { commitStatisticsImport } from '../../../src/renderer/src/data/statistics/statistics-import-commit'
import { createStatisticsImportClient } from '../../../src/renderer/src/io/stats/statistics-import-client'

export interface PageImportTimings {
  readMs: number
  storeMs: number
  /** A bare IndexedDB transaction putting the same records with the same indexes, in the same page: the store step's floor. */
  bareStoreMs: number
  /** The longest main-thread task between the start of the read and the end of the commit (0: none over 50 ms). */
  longestTaskMs: number
  longTasks: number
  series: number
}

/** The same series records and the app's series indexes, written with plain IndexedDB in one strict transaction. */
async function bareStore(
  databaseName: string,
  records: readonly object[],
  indexes: readonly { name: string; keyPath: string | string[] }[]
): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1)
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('series', { keyPath: 'id' })
      for (const index of indexes) store.createIndex(index.name, index.keyPath)
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const start = performance.now()
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('series', 'readwrite', { durability: 'strict' })
    const store = tx.objectStore('series')
    for (const record of records) store.put(record)
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
  })
  const ms = performance.now() - start
  db.close()
  return ms
}

async function runImport(url: string, fileName: string, databaseName: string): Promise<PageImportTimings> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer())
  const tasks: PerformanceEntry[] = []
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()))
  observer.observe({ type: 'longtask', buffered: false })
  const client = createStatisticsImportClient(() => new Worker('/worker.js', { type: 'module' }))
  const start = performance.now()
  const result = await client.read(fileName, bytes)
  const read = performance.now()
  const db = new KugghjulDatabase(databaseName)
  await db.open()
  const opened = performance.now()
  await commitStatisticsImport(db, result)
  const stored = performance.now()
  const records = await db.series.toArray()
  const indexes = db.series.schema.indexes.map((index) => ({
    name: index.name,
    keyPath: index.keyPath as string | string[]
  }))
  const bareStoreMs = await bareStore(`${databaseName}-bare`, records, indexes)
  // Long tasks are reported after they end; give the observer a frame to deliver the last ones.
  await new Promise((resolve) => setTimeout(resolve, 100))
  observer.disconnect()
  client.dispose()
  db.close()
  const during = tasks.filter((t) => t.startTime >= start && t.startTime <= stored)
  return {
    readMs: read - start,
    storeMs: stored - opened,
    bareStoreMs,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longTasks: during.length,
    series: result.series.length
  }
}

;(globalThis as unknown as { runImport: typeof runImport }).runImport = runImport
