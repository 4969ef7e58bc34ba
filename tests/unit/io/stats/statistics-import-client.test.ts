import { describe, expect, it } from 'vitest'
import type { ReadProgress } from '@/io/stats/read-progress'
import { StatisticsFileError } from '@/io/stats/statistics-file-error'
import {
  createStatisticsImportClient,
  defaultWorkerFactory,
  StatisticsImportCancelled
} from '@/io/stats/statistics-import-client'
import type { ImportRequestMessage, ImportWorkerMessage } from '@/io/stats/statistics-import-protocol'
import { InProcessWorker } from '../../in-process-worker'
import { fixtureBytes } from './statistics-fixture'

/** The real worker module, run in this thread (see in-process-worker.ts). */
function importWorker(): InProcessWorker<ImportRequestMessage, ImportWorkerMessage> {
  return new InProcessWorker(() => import('@/io/stats/statistics-import.worker'))
}

describe('the statistics import client', () => {
  it('has no worker in Node and runs the import in this thread, with progress up to done', async () => {
    expect(defaultWorkerFactory).toBeNull()
    const progress: ReadProgress[] = []
    const bytes = fixtureBytes('stats', 'pxweb_region_kon_ar.xlsx')
    const result = await createStatisticsImportClient().read('pxweb_region_kon_ar.xlsx', bytes, {
      onProgress: (p) => progress.push(p)
    })
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(result.series).toHaveLength(6)
    expect(result.preview).toMatchObject({
      title: 'Folkmängd efter region, kön och år',
      values: 52,
      missing: 2,
      sexes: ['women', 'men', 'total']
    })
    expect(result.preview.firstRows).toHaveLength(20)
    expect(progress.map((p) => p.stage)).toEqual(
      expect.arrayContaining(['checking', 'loading', 'parsing', 'building', 'done'])
    )
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
    const reading = client.read('f.xlsx', bytes, {
      signal: controller.signal,
      onProgress: (p) => p.stage === 'parsing' && controller.abort()
    })
    await expect(reading).rejects.toThrow(/Inläsningen avbröts/)
  })

  it('through the worker: posts a copy of the bytes, relays progress, and returns the same result as in-thread', async () => {
    const worker = await importWorker().start()
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
    const worker = await importWorker().start()
    const client = createStatisticsImportClient(() => worker as unknown as Worker)
    const reading = client.read('tom.xlsx', new Uint8Array(0))
    await expect(reading).rejects.toBeInstanceOf(StatisticsFileError)
    await expect(reading).rejects.toMatchObject({
      problem: 'empty-file',
      message: expect.stringMatching(/är tom \(0 byte\)/)
    })
  })

  it('through the worker: cancelling terminates the worker and the next read starts a new one', async () => {
    const workers = [await importWorker().start(), await importWorker().start()]
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
