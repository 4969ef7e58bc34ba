import type { RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ProgressListener } from './read-progress'
import type { StatisticsImportResult } from './statistics-import-job'
import {
  deserializeImportError,
  StatisticsImportCancelled,
  unexpectedImportFailure,
  type ImportRequestMessage,
  type ImportWorkerMessage
} from './statistics-import-protocol'

export { StatisticsImportCancelled }

/**
 * The import view's way to read a statistics file: a Promise with progress
 * and cancellation around the import worker. Where there are no workers
 * (Node: tests, the inspector) the same job runs in the calling thread.
 */
export interface StatisticsImportOptions {
  onProgress?: ProgressListener
  /** Aborting rejects with StatisticsImportCancelled and stops the worker. */
  signal?: AbortSignal
  /** The user's corrections from the preview (DetectedDimension.key → role). */
  roleOverrides?: RoleOverrides
}

export interface StatisticsImportClient {
  /** Reads `bytes` (they are copied, so the caller can read the same file again with other overrides). */
  read(fileName: string, bytes: Uint8Array, options?: StatisticsImportOptions): Promise<StatisticsImportResult>
  /** Stops the worker, if one is running; the next read starts a new one. */
  dispose(): void
}

export type WorkerFactory = () => Worker

export const defaultWorkerFactory: WorkerFactory | null =
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./statistics-import.worker.ts', import.meta.url), { type: 'module' })

/** One job at a time; a new read while one runs cancels the old one. */
export function createStatisticsImportClient(
  createWorker: WorkerFactory | null = defaultWorkerFactory
): StatisticsImportClient {
  let worker: Worker | null = null
  let nextId = 1
  let cancelRunning: (() => void) | null = null

  const stopWorker = (): void => {
    worker?.terminate()
    worker = null
  }

  function readInWorker(
    factory: WorkerFactory,
    fileName: string,
    bytes: Uint8Array,
    options: StatisticsImportOptions
  ): Promise<StatisticsImportResult> {
    cancelRunning?.()
    const id = nextId++
    const current = (worker ??= factory())
    return new Promise<StatisticsImportResult>((resolve, reject) => {
      const finish = (): void => {
        current.removeEventListener('message', onMessage)
        current.removeEventListener('error', onError)
        options.signal?.removeEventListener('abort', onAbort)
        cancelRunning = null
      }
      const onMessage = (event: MessageEvent<ImportWorkerMessage>): void => {
        const message = event.data
        if (message.id !== id) return
        if (message.type === 'progress') return options.onProgress?.(message.progress)
        finish()
        if (message.type === 'result') resolve(message.result)
        else reject(deserializeImportError(message.error))
      }
      const onError = (): void => {
        finish()
        stopWorker()
        reject(new Error(unexpectedImportFailure))
      }
      const onAbort = (): void => {
        finish()
        stopWorker() // the only way to stop a parse that is running
        reject(new StatisticsImportCancelled())
      }
      if (options.signal?.aborted) return onAbort()
      cancelRunning = onAbort
      current.addEventListener('message', onMessage)
      current.addEventListener('error', onError)
      options.signal?.addEventListener('abort', onAbort)
      const copy = bytes.slice().buffer
      const request: ImportRequestMessage = {
        type: 'read',
        id,
        fileName,
        bytes: copy,
        roleOverrides: options.roleOverrides
      }
      current.postMessage(request, [copy])
    })
  }

  return {
    read(fileName, bytes, options = {}) {
      if (createWorker) return readInWorker(createWorker, fileName, bytes, options)
      const isCancelled = (): boolean => options.signal?.aborted ?? false
      if (isCancelled()) return Promise.reject(new StatisticsImportCancelled())
      // Loaded on demand, so the readers stay out of the main bundle where a worker does the reading.
      return import('./statistics-import-job').then(({ runStatisticsImport }) =>
        runStatisticsImport({ fileName, bytes, roleOverrides: options.roleOverrides }, options.onProgress, isCancelled)
      )
    },
    dispose() {
      cancelRunning?.()
      stopWorker()
    }
  }
}
