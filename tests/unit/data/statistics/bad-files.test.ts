import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { commitStatisticsImport } from '@/data/statistics/statistics-import-commit'
import { StatisticsFileError } from '@/io/stats/statistics-file-error'
import { createStatisticsImportClient } from '@/io/stats/statistics-import-client'
import { fixtureBytes } from '../../io/stats/statistics-fixture'
import { freshDatabase } from '../fresh-database'
import { importInput } from './statistics-import-input'

const badFiles = [
  'empty.xlsx',
  'text-renamed.xlsx',
  'truncated.xlsx',
  'zip-bomb.xlsx',
  'huge-merged-range.xlsx',
  'empty-sheet.xlsx',
  'far-apart-cells.xlsx'
]

describe('bad statistics files through the import pipeline', () => {
  it('are refused with the reader’s Swedish message before anything is written', async () => {
    const db = freshDatabase()
    await commitStatisticsImport(db, await importInput('pxweb_region_kon_ar.xlsx'))
    const before = {
      batches: await db.importBatches.toArray(),
      datasets: await db.datasets.toArray(),
      series: await db.series.toArray(),
      audit: await db.auditLog.toArray()
    }
    const client = createStatisticsImportClient(null)
    for (const name of badFiles) {
      const reading = client.read(name, fixtureBytes('bad', name))
      await expect(reading, name).rejects.toBeInstanceOf(StatisticsFileError)
      await expect(reading, name).rejects.toThrow(new RegExp(`"${name.replace('.', '\\.')}"`))
    }
    expect({
      batches: await db.importBatches.toArray(),
      datasets: await db.datasets.toArray(),
      series: await db.series.toArray(),
      audit: await db.auditLog.toArray()
    }).toEqual(before)
  })
})
