import type { ReadProgress } from './read-progress'
import { runStatisticsImport } from './statistics-import-job'
import { serializeImportError, type ImportRequestMessage, type ImportWorkerMessage } from './statistics-import-protocol'

/**
 * The import worker: reads one file per request off the main thread, so the
 * window stays responsive while ExcelJS loads and the readers parse.
 * Started by statistics-import-client.ts.
 */
interface WorkerScope {
  postMessage(message: ImportWorkerMessage): void
  onmessage: ((event: MessageEvent<ImportRequestMessage>) => void) | null
}

const scope = globalThis as unknown as WorkerScope

scope.onmessage = (event) => {
  const { id, fileName, bytes, roleOverrides } = event.data
  const onProgress = (progress: ReadProgress): void => scope.postMessage({ type: 'progress', id, progress })
  runStatisticsImport({ fileName, bytes: new Uint8Array(bytes), roleOverrides }, onProgress).then(
    (result) => scope.postMessage({ type: 'result', id, result }),
    (error: unknown) => scope.postMessage({ type: 'error', id, error: serializeImportError(error) })
  )
}
