import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import { loadCountyProfile, saveCountyProfile } from '@/data/county-profile-repository'
import { KugghjulDatabase, setClock } from '@/data/database'
import { emptyCountyProfile, type CountyProfile } from '@/domain/county-profile'

const opened: KugghjulDatabase[] = []
function freshDatabase(): KugghjulDatabase {
  const db = new KugghjulDatabase(`test-${crypto.randomUUID()}`)
  opened.push(db)
  return db
}
afterEach(async () => {
  setClock(null)
  for (const db of opened.splice(0)) await db.delete()
})

const kalmar: CountyProfile = {
  ...emptyCountyProfile(),
  countyCode: '08',
  strategyName: 'Ett jämställt Kalmar län',
  strategyStartYear: 2023,
  strategyEndYear: 2027,
  focusAreas: [{ id: 'f1', name: 'Jämställd hälsa' }],
  signatoryName: 'Åsa Öberg',
  signatoryTitle: 'Landshövding'
}

describe('county profile repository', () => {
  it('has no profile in a new database', async () => {
    expect(await loadCountyProfile(freshDatabase())).toBeNull()
  })

  it('saves, reloads after reopening, and audits create then update', async () => {
    const db = freshDatabase()
    await saveCountyProfile(db, kalmar)
    await saveCountyProfile(db, { ...kalmar, signatoryName: 'Per Ärlig' })
    db.close()

    const reopened = new KugghjulDatabase(db.name)
    opened.push(reopened)
    expect(await loadCountyProfile(reopened)).toEqual({ ...kalmar, signatoryName: 'Per Ärlig' })
    const audit = await auditEntriesFor(reopened, 'countyProfile', 'countyProfile')
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update'])
    expect(audit.find((a) => a.action === 'create')?.summary).toContain('Ett jämställt Kalmar län')
  })

  it('keeps created time and moves updated time on change', async () => {
    const db = freshDatabase()
    setClock(() => new Date('2026-11-23T08:00:00.000Z'))
    await saveCountyProfile(db, kalmar)
    setClock(() => new Date('2026-11-24T13:30:00.000Z'))
    await saveCountyProfile(db, { ...kalmar, strategyEndYear: 2030 })
    const saved = await db.settings.get('countyProfile')
    expect(saved).toMatchObject({ createdAt: '2026-11-23T08:00:00.000Z', updatedAt: '2026-11-24T13:30:00.000Z' })
    const audit = await auditEntriesFor(db, 'countyProfile', 'countyProfile')
    expect(audit.map((a) => [a.action, a.at]).sort()).toEqual([
      ['create', '2026-11-23T08:00:00.000Z'],
      ['update', '2026-11-24T13:30:00.000Z']
    ])
  })

  it('writes neither the profile nor the audit entry when the transaction fails', async () => {
    const db = freshDatabase()
    await saveCountyProfile(db, kalmar)
    // A profile that cannot be stored (a function is not cloneable) must leave everything as it was.
    const broken = {
      ...kalmar,
      strategyName: 'Ny',
      focusAreas: [{ id: 'x', name: 'X', bad: () => 1 }]
    } as unknown as CountyProfile
    await expect(
      db.transaction('rw', db.settings, db.auditLog, async () => {
        await saveCountyProfile(db, { ...kalmar, strategyName: 'Ny' })
        await db.settings.put({ key: 'broken', value: broken, createdAt: '', updatedAt: '' })
      })
    ).rejects.toThrow()
    expect((await loadCountyProfile(db))?.strategyName).toBe('Ett jämställt Kalmar län')
    expect(await db.auditLog.count()).toBe(1)
  })
})
