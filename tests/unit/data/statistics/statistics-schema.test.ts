import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { KugghjulDatabase } from '@/data/database'
import { loadMemberRegister, createMember } from '@/data/member-repository'
import { schemaVersions } from '@/data/schema'
import { commitStatisticsImport } from '@/data/statistics/statistics-import-commit'
import { decisionOn, freshDatabase, kommunDraft, today } from '../fresh-database'
import { importInput } from './statistics-import-input'

describe('schema version 5 (statistics)', () => {
  it('opens a database written by the version before it without losing anything, and can then hold an import', async () => {
    const name = `migration-${crypto.randomUUID()}`
    const before = freshDatabase(
      name,
      schemaVersions.filter((v) => v.version < 5)
    )
    await createMember(before, kommunDraft(), decisionOn('2024-03-15'), today)
    const previous = before.verno
    expect(previous).toBeLessThan(5)
    before.close()

    const v5 = freshDatabase(name)
    expect(v5.verno).toBeGreaterThanOrEqual(5)
    expect((await loadMemberRegister(v5)).members.map((m) => m.name)).toEqual(['Kalmar kommun'])
    const { batch } = await commitStatisticsImport(v5, await importInput('pxweb_region_kon_ar.xlsx'))
    v5.close()
    const reopened = new KugghjulDatabase(name)
    expect((await reopened.importBatches.get(batch.id))?.counts.series).toBe(6)
    expect(await reopened.series.where('[measure+regionCode]').equals(['Folkmängd', '0880']).count()).toBe(1)
    reopened.close()
  })

  it('adds the statistics tables and only them', () => {
    const v5 = schemaVersions.find((v) => v.version === 5)
    expect(Object.keys(v5?.stores ?? {}).sort()).toEqual(['datasets', 'importBatches', 'series'])
    expect(v5?.upgrade).toBeUndefined()
  })

  it('refuses a second batch with the same sha256 even below the repository', async () => {
    const db = freshDatabase()
    const { batch } = await commitStatisticsImport(db, await importInput('BE0101N1.px'))
    await expect(db.importBatches.add({ ...batch, id: 'other' })).rejects.toThrow(/ConstraintError|unique/i)
  })
})
