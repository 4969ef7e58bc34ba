import type { RoleOverrides } from '@/domain/statistics/statistics-dimension'
import type { ReadProgress } from './read-progress'
import { StatisticsFileError, type StatisticsFileProblem } from './statistics-file-error'
import type { StatisticsImportResult } from './statistics-import-job'

/**
 * Messages between the import client (main thread) and the import worker.
 * One request per job id; the worker answers with any number of progress
 * messages and then one result or one error. Cancelling terminates the worker.
 * The result holds one object per wide series and the preview; the bytes go
 * in as a transferred ArrayBuffer.
 */
export interface ImportRequestMessage {
  type: 'read'
  id: number
  fileName: string
  bytes: ArrayBuffer
  roleOverrides?: RoleOverrides
}

export type ImportWorkerMessage =
  | { type: 'progress'; id: number; progress: ReadProgress }
  | { type: 'result'; id: number; result: StatisticsImportResult }
  | { type: 'error'; id: number; error: SerializedImportError }

/** Errors cross the boundary as data; StatisticsFileError keeps its problem so the view can tell them apart. */
export interface SerializedImportError {
  name: string
  message: string
  problem?: StatisticsFileProblem
}

export const unexpectedImportFailure =
  'Filen kunde inte läsas in på grund av ett oväntat fel i Kugghjul. Försök igen; händer det igen, spara filen på nytt från SCB eller Kolada och prova den.'

export function serializeImportError(error: unknown): SerializedImportError {
  if (error instanceof StatisticsFileError) return { name: error.name, message: error.message, problem: error.problem }
  // Other errors carry developer text (English, stack details), not a message for the user.
  return { name: 'Error', message: unexpectedImportFailure }
}

export function deserializeImportError(error: SerializedImportError): Error {
  if (error.problem) return new StatisticsFileError(error.problem, error.message)
  const result = new Error(error.message)
  result.name = error.name
  return result
}

/** Thrown between steps when the caller cancelled. */
export class StatisticsImportCancelled extends Error {
  constructor() {
    super('Inläsningen avbröts. Välj filen igen för att läsa in den.')
    this.name = 'StatisticsImportCancelled'
  }
}
