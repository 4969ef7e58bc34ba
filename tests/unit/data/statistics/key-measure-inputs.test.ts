import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { commitStatisticsImport } from '@/data/statistics/statistics-import-commit'
import { loadKeyMeasureInputs } from '@/data/statistics/statistics-queries'
import { keyMeasuresFor } from '@/domain/statistics/key-measures'
import { freshDatabase } from '../fresh-database'
import { importInput } from './statistics-import-input'

describe('key measures for a member’s kommun, from the database', () => {
  it('loads the kommun’s, the county’s and Riket’s series of each chosen measure', async () => {
    const db = freshDatabase()
    const { dataset } = await commitStatisticsImport(db, await importInput('pxweb_region_kon_ar.xlsx'))
    await commitStatisticsImport(db, await importInput('pxweb_kon_i_rubrik.xlsx'))
    const inputs = await loadKeyMeasureInputs(db, [{ datasetId: dataset.id, measure: 'Folkmängd' }], '0880')
    expect(inputs[0]?.series.map((s) => s.regionCode).sort()).toEqual(['00', '08', '0880'])
    const [figure] = keyMeasuresFor('0880', inputs)
    expect(figure).toMatchObject({
      year: '2023',
      municipality: { women: 1098, men: 1096 },
      county: { women: 1057 },
      country: { men: 1022 }
    })
  })
})
