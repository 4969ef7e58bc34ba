import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { schemaVersions } from '@/data/schema'
import { commitStatisticsImport, undoStatisticsImport } from '@/data/statistics/statistics-import-commit'
import { loadBatchSeries, loadMeasureSeries, loadMeasureSeriesForRegions } from '@/data/statistics/statistics-queries'
import { freshDatabase } from '../fresh-database'
import { importInput } from './statistics-import-input'

describe('schema version 9 (fewer statistics indexes)', () => {
  it('keeps every series written by version 8 and answers the same queries without the redundant indexes', async () => {
    const name = `migration-${crypto.randomUUID()}`
    const before = freshDatabase(
      name,
      schemaVersions.filter((v) => v.version < 9)
    )
    expect(before.series.schema.indexes.map((i) => i.name).sort()).toEqual([
      '[datasetId+measure]',
      '[measure+regionCode]',
      'datasetId',
      'importBatchId',
      'regionCode'
    ])
    const { batch, dataset } = await commitStatisticsImport(before, await importInput('pxweb_region_kon_ar.xlsx'))
    before.close()

    const after = freshDatabase(name)
    expect(after.verno).toBeGreaterThanOrEqual(9)
    expect(after.series.schema.indexes.map((i) => i.name).sort()).toEqual([
      '[datasetId+measure]',
      '[measure+regionCode]',
      'importBatchId'
    ])
    const all = await loadMeasureSeries(after, dataset.id, 'Folkmängd')
    expect(all.map((s) => s.regionCode).sort()).toEqual(['00', '08', '0861', '0862', '0880', '0885'])
    expect(all.find((s) => s.regionCode === '0880')?.values['2023']).toEqual({ women: 1098, men: 1096, total: 2194 })
    const near = await loadMeasureSeriesForRegions(after, dataset.id, 'Folkmängd', ['0880', '08', '00'])
    expect(near.map((s) => s.regionCode).sort()).toEqual(['00', '08', '0880'])
    expect(await loadBatchSeries(after, batch.id)).toHaveLength(6)
    await undoStatisticsImport(after, batch.id)
    expect(await after.series.count()).toBe(0)
    after.close()
  })
})
