import { describe, expect, it } from 'vitest'
import type { ReadProgress } from '@/io/stats/read-progress'
import { StatisticsFileError } from '@/io/stats/statistics-file-error'
import { createStatisticsImportClient, defaultWorkerFactory, StatisticsImportCancelled } from '@/io/stats/statistics-import-client'
import type { ImportRequestMessage, ImportWorkerMessage } from '@/io/stats/statistics-import-protocol'
import { fixtureBytes } from './statistics-fixture'

/**
 * A stand-in for the browser's Worker that runs the real worker module in
 * this thread: messages are structured-cloned both ways, as across a real
 * worker boundary, so only data crosses it.
 */
type Handler = (event: { data: ImportRequestMessage }) => void

class InProcessWorker {
  private listeners = new Map<string, Set<(event: unknown) => void>>()
  terminated = false
  posted: ImportRequestMessage[] = []
  private handler: Handler | null = null

  async start(): Promise<this> {
    await import('@/io/stats/statistics-import.worker')
    this.handler = (globalThis as unknown as { onmessage: Handler | null }).onmessage
    return this
  }

  private emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event)
  }

  addEventListener(type: string, listener: (event: unknown) => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set())
    this.listeners.get(type)!.add(listener)
  }

  removeEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.get(type)?.delete(listener)
  }

  postMessage(message: ImportRequestMessage, transfer: Transferable[]): void {
    const data = structuredClone(message, { transfer })
    this.posted.push(data)
    // The worker module answers through the global postMessage, which is this worker's while it runs.
    ;(globalThis as unknown as { postMessage: (m: ImportWorkerMessage) => void }).postMessage = (answer) => {
      if (!this.terminated) this.emit('message', { data: structuredClone(answer) })
    }
    this.handler?.({ data })
  }

  terminate(): void {
    this.terminated = true
  }
}

describe('the statistics import client', () => {
  it('has no worker in Node and runs the import in this thread, with progress up to done', async () => {
    expect(defaultWorkerFactory).toBeNull()
    const progress: ReadProgress[] = []
    const bytes = fixtureBytes('stats', 'pxweb_region_kon_ar.xlsx')
    const result = await createStatisticsImportClient().read('pxweb_region_kon_ar.xlsx', bytes, { onProgress: (p) => progress.push(p) })
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(result.series).toHaveLength(6)
    expect(result.preview).toMatchObject({ title: 'Folkmängd efter region, kön och år', values: 51, missing: 3, sexes: ['women', 'men', 'total'] })
    expect(result.preview.firstRows).toHaveLength(20)
    expect(progress.map((p) => p.stage)).toEqual(expect.arrayContaining(['checking', 'loading', 'parsing', 'building', 'done']))
    expect(progress.map((p) => p.fraction)).toEqual([...progress.map((p) => p.fraction)].sort((a, b) => a - b))
    expect(progress.at(-1)).toEqual({ stage: 'done', fraction: 1 })
  })

  it('passes role overrides through and rejects a cancelled read', async () => {
    const client = createStatisticsImportClient(null)
    const bytes = fixtureBytes('stats', 'pxweb_region_kon_ar.xlsx')
    const result = await client.read('f.xlsx', bytes, { roleOverrides: { 'stub:1': 'measure' } })
    expect(result.preview.measures).toEqual(['män', 'kvinnor', 'totalt'])
    const aborted = AbortSignal.abort()
    await expect(client.read('f.xlsx', bytes, { signal: aborted })).rejects.toBeInstanceOf(StatisticsImportCancelled)
    const controller = new AbortController()
    const reading = client.read('f.xlsx', bytes, { signal: controller.signal, onProgress: (p) => p.stage === 'parsing' && controller.abort() })
    await expect(reading).rejects.toThrow(/Inläsningen avbröts/)
  })

  it('through the worker: posts a copy of the bytes, relays progress, and returns the same result as in-thread', async () => {
    const worker = await new InProcessWorker().start()
    const client = createStatisticsImportClient(() => worker as unknown as Worker)
    const bytes = fixtureBytes('stats', 'UF0506A1.csv')
    const stages: string[] = []
    const viaWorker = await client.read('UF0506A1.csv', bytes, { onProgress: (p) => stages.push(p.stage) })
    const inThread = await createStatisticsImportClient(null).read('UF0506A1.csv', bytes)
    expect(viaWorker).toEqual(inThread)
    expect(bytes.byteLength).toBeGreaterThan(0) // the caller's bytes were not transferred away
    expect(stages.at(-1)).toBe('done')
    expect(worker.posted[0]).toMatchObject({ type: 'read', fileName: 'UF0506A1.csv' })
  })

  it('through the worker: a bad file rejects with the reader’s Swedish StatisticsFileError', async () => {
    const worker = await new InProcessWorker().start()
    const client = createStatisticsImportClient(() => worker as unknown as Worker)
    const reading = client.read('tom.xlsx', new Uint8Array(0))
    await expect(reading).rejects.toBeInstanceOf(StatisticsFileError)
    await expect(reading).rejects.toMatchObject({ problem: 'empty-file', message: expect.stringMatching(/är tom \(0 byte\)/) })
  })

  it('through the worker: cancelling terminates the worker and the next read starts a new one', async () => {
    const workers = [await new InProcessWorker().start(), await new InProcessWorker().start()]
    let made = 0
    const client = createStatisticsImportClient(() => workers[made++] as unknown as Worker)
    const bytes = fixtureBytes('stats', 'BE0101N1.px')
    const controller = new AbortController()
    const reading = client.read('BE0101N1.px', bytes, { signal: controller.signal })
    controller.abort()
    await expect(reading).rejects.toBeInstanceOf(StatisticsImportCancelled)
    expect(workers[0]?.terminated).toBe(true)
    const next = await client.read('BE0101N1.px', bytes)
    expect(made).toBe(2)
    expect(next.preview.values).toBe(64)
    client.dispose()
    expect(workers[1]?.terminated).toBe(true)
  })
})
