import { SpreadsheetError, type SpreadsheetTable } from './read-spreadsheet'

/**
 * The member import's way to read a spreadsheet: in a Web Worker (one per
 * file, ended when done), or in the calling thread where there are no
 * workers (Node tests). Rejects with SpreadsheetError (Swedish).
 */
export interface SpreadsheetReadRequest {
  fileName: string
  bytes: ArrayBuffer
}

export type SpreadsheetWorkerMessage =
  { type: 'result'; table: SpreadsheetTable } | { type: 'error'; message: string | null }

const unexpected =
  'Filen kunde inte läsas på grund av ett oväntat fel i Kugghjul. Spara den på nytt som .xlsx eller .csv i Excel och försök igen.'

export function readSpreadsheetOffThread(fileName: string, bytes: Uint8Array): Promise<SpreadsheetTable> {
  if (typeof Worker === 'undefined')
    return import('./read-spreadsheet').then(({ readSpreadsheet }) => readSpreadsheet(fileName, bytes))
  const worker = new Worker(new URL('./spreadsheet-read.worker.ts', import.meta.url), { type: 'module' })
  return new Promise<SpreadsheetTable>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SpreadsheetWorkerMessage>) => {
      worker.terminate()
      const message = event.data
      if (message.type === 'result') resolve(message.table)
      else reject(new SpreadsheetError(message.message ?? unexpected))
    }
    worker.onerror = () => {
      worker.terminate()
      reject(new SpreadsheetError(unexpected))
    }
    const copy = bytes.slice().buffer
    const request: SpreadsheetReadRequest = { fileName, bytes: copy }
    worker.postMessage(request, [copy])
  })
}
