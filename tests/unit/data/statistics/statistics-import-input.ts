import { runStatisticsImport, type StatisticsImportResult } from '@/io/stats/statistics-import-job'
import { fixtureBytes } from '../../io/stats/statistics-fixture'

/** A real fixture file read by the real readers, as the import worker would hand it to the commit. */
export function importInput(name: string): Promise<StatisticsImportResult> {
  return runStatisticsImport({ fileName: name, bytes: fixtureBytes('stats', name) })
}
