import { readSpreadsheet, SpreadsheetError } from './read-spreadsheet'
import type { SpreadsheetReadRequest, SpreadsheetWorkerMessage } from './spreadsheet-read-client'

/**
 * Reads a member spreadsheet off the main thread, behind the same package
 * guard as the statistics import, so a hostile .xlsx never freezes the window.
 */
interface WorkerScope {
  postMessage(message: SpreadsheetWorkerMessage): void
  onmessage: ((event: MessageEvent<SpreadsheetReadRequest>) => void) | null
}

const scope = globalThis as unknown as WorkerScope

scope.onmessage = (event) => {
  const { fileName, bytes } = event.data
  readSpreadsheet(fileName, new Uint8Array(bytes)).then(
    (table) => scope.postMessage({ type: 'result', table }),
    (error: unknown) =>
      scope.postMessage({ type: 'error', message: error instanceof SpreadsheetError ? error.message : null })
  )
}
