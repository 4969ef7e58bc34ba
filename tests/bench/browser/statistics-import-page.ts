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
  /** The longest main-thread task between the start of the read and the end of the commit (0: none over 50 ms). */
  longestTaskMs: number
  longTasks: number
  series: number
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
  // Long tasks are reported after they end; give the observer a frame to deliver the last ones.
  await new Promise((resolve) => setTimeout(resolve, 100))
  observer.disconnect()
  client.dispose()
  db.close()
  const during = tasks.filter((t) => t.startTime >= start && t.startTime <= stored)
  return {
    readMs: read - start,
    storeMs: stored - opened,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longTasks: during.length,
    series: result.series.length
  }
}

;(globalThis as unknown as { runImport: typeof runImport }).runImport = runImport
