import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it, vi } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import {
  commitStatisticsImport,
  findImportBySha256,
  undoStatisticsImport
} from '@/data/statistics/statistics-import-commit'
import { DuplicateImportError, ImportBatchNotFoundError } from '@/data/statistics/statistics-import-errors'
import {
  listDatasets,
  listImportBatches,
  loadBatchSeries,
  loadMeasureSeries,
  loadMeasureSeriesForRegions
} from '@/data/statistics/statistics-queries'
import { StorageWriteError } from '@/data/storage-error'
import { freshDatabase } from '../fresh-database'
import { importInput } from './statistics-import-input'

type Db = ReturnType<typeof freshDatabase>

async function snapshot(db: Db) {
  return {
    batches: await db.importBatches.toArray(),
    datasets: await db.datasets.toArray(),
    series: await db.series.toArray(),
    audit: await db.auditLog.count()
  }
}

describe('committing a statistics import', () => {
  it('writes one batch, one dataset and one wide series per measure × region, with an audit entry', async () => {
    const db = freshDatabase()
    const input = await importInput('pxweb_region_kon_ar.xlsx')
    const { batch, dataset, replaced } = await commitStatisticsImport(db, input)
    expect(replaced).toBeNull()
    expect(batch).toMatchObject({
      fileName: 'pxweb_region_kon_ar.xlsx',
      sha256: input.sha256,
      counts: { series: 6, values: 52, missing: 2 }
    })
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(dataset).toMatchObject({
      title: 'Folkmängd efter region, kön och år',
      format: 'pxweb-xlsx',
      measures: ['Folkmängd'],
      years: ['2021', '2022', '2023']
    })
    const series = await loadMeasureSeries(db, dataset.id, 'Folkmängd')
    expect(series.map((s) => s.regionCode).sort()).toEqual(['00', '08', '0861', '0862', '0880', '0885'])
    const kalmar = series.find((s) => s.regionCode === '0880')!
    expect(kalmar.values['2023']).toEqual({ women: 1098, men: 1096, total: 2194 })
    const borgholm = series.find((s) => s.regionCode === '0885')!
    expect(borgholm.values['2021']).toEqual({
      women: null,
      men: 1111,
      total: null,
      symbols: { women: '..', total: '..' }
    })
    expect(series.find((s) => s.regionCode === '0862')!.values['2023']).toMatchObject({ men: 0 }) // "-": nothing to report
    expect(series.find((s) => s.regionCode === '0862')!.values['2023']?.symbols).toBeUndefined()
    expect(
      (await loadBatchSeries(db, batch.id)).every((s) => s.importBatchId === batch.id && s.datasetId === dataset.id)
    ).toBe(true)
    const near = await loadMeasureSeriesForRegions(db, dataset.id, 'Folkmängd', ['0880', '08', '00'])
    expect(near.map((s) => s.regionCode).sort()).toEqual(['00', '08', '0880'])
    const [entry] = await auditEntriesFor(db, 'statisticsImport', batch.id)
    expect(entry?.summary).toBe(
      'Importerade statistik från pxweb_region_kon_ar.xlsx: 6 rader, 52 värden, 2 saknade ("Folkmängd efter region, kön och år").'
    )
  })

  it('finds the same file before writing, refuses it as a duplicate, and replaces the old batch in one step when asked', async () => {
    const db = freshDatabase()
    const input = await importInput('BE0101N1.px')
    const first = await commitStatisticsImport(db, input)
    expect((await findImportBySha256(db, input.sha256))?.id).toBe(first.batch.id)
    expect(await findImportBySha256(db, '0'.repeat(64))).toBeUndefined()

    const before = await snapshot(db)
    const again = commitStatisticsImport(db, input)
    await expect(again).rejects.toBeInstanceOf(DuplicateImportError)
    await expect(again).rejects.toThrow(/Filen "BE0101N1.px" importerades redan .* Välj Ersätt .* eller Avbryt/)
    expect(await snapshot(db)).toEqual(before)

    const second = await commitStatisticsImport(db, input, { replaceBatchId: first.batch.id })
    expect(second.replaced?.id).toBe(first.batch.id)
    expect((await listImportBatches(db)).map((b) => b.id)).toEqual([second.batch.id])
    expect((await listDatasets(db)).map((d) => d.id)).toEqual([second.dataset.id])
    expect(second.dataset.id).toBe(first.dataset.id) // references to the dataset stay valid
    expect(await db.series.count()).toBe(before.series.length)
    expect(await db.series.where('importBatchId').equals(first.batch.id).count()).toBe(0)
    const [entry] = await auditEntriesFor(db, 'statisticsImport', second.batch.id)
    expect(entry?.summary).toMatch(
      /^Ersatte statistikimporten från \d{4}-\d\d-\d\d med BE0101N1.px: 16 rader, 64 värden, 0 saknade/
    )
  })

  it('undoes a batch in one step and leaves other imports alone', async () => {
    const db = freshDatabase()
    const kolada = await commitStatisticsImport(db, await importInput('Kolada_3.xlsx'))
    const csv = await commitStatisticsImport(db, await importInput('UF0506A1.csv'))
    const undone = await undoStatisticsImport(db, kolada.batch.id)
    expect(undone.id).toBe(kolada.batch.id)
    expect((await listImportBatches(db)).map((b) => b.id)).toEqual([csv.batch.id])
    expect((await listDatasets(db)).map((d) => d.fileName)).toEqual(['UF0506A1.csv'])
    expect(await db.series.count()).toBe(csv.batch.counts.series)
    const entries = await auditEntriesFor(db, 'statisticsImport', kolada.batch.id)
    expect(entries.map((e) => e.action).sort()).toEqual(['delete', 'import'])
    await expect(undoStatisticsImport(db, kolada.batch.id)).rejects.toBeInstanceOf(ImportBatchNotFoundError)
  })

  it('keeps an unmatched Kolada aggregate as a series without region code', async () => {
    const db = freshDatabase()
    const { dataset } = await commitStatisticsImport(db, await importInput('Kolada_3.xlsx'))
    const series = await loadMeasureSeries(db, dataset.id, 'Genomsnittlig körsträcka med personbil, mil/inv')
    const aggregate = series.find((s) => s.regionCode === '')
    expect(aggregate?.regionName).toBe('Stockholms läns kommuner (ovägt medel)')
    expect(aggregate?.values['2019']).toEqual({ women: null, men: null, total: null, symbols: { total: '' } })
  })

  it('leaves the database unchanged when a write fails mid-commit, as it does on a full disk', async () => {
    const db = freshDatabase()
    await commitStatisticsImport(db, await importInput('pxweb_kon_i_rubrik.xlsx'))
    const before = await snapshot(db)
    const big = await importInput('scb_befolkningstathet.xlsx')
    expect(big.series.length).toBeGreaterThan(250) // more than one chunk, so the failure comes after rows were added
    let added = 0
    const original = db.series.bulkAdd.bind(db.series)
    vi.spyOn(db.series, 'bulkAdd').mockImplementation(((rows: never[]) => {
      if (++added > 1) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
      return original(rows)
    }) as never)
    await expect(commitStatisticsImport(db, big)).rejects.toBeInstanceOf(StorageWriteError)
    expect(added).toBe(2)
    vi.restoreAllMocks()
    expect(await snapshot(db)).toEqual(before)
  })

  it('rolls a replace back whole: the old batch survives when the new one cannot be written', async () => {
    const db = freshDatabase()
    const input = await importInput('UF0506A1.csv')
    const first = await commitStatisticsImport(db, input)
    const before = await snapshot(db)
    vi.spyOn(db.auditLog, 'add').mockRejectedValueOnce(new Error('Disken är full'))
    await expect(commitStatisticsImport(db, input, { replaceBatchId: first.batch.id })).rejects.toThrow(
      /Disken är full/
    )
    expect(await snapshot(db)).toEqual(before)
  })
})
