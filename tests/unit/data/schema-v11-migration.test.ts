import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { exportBackup } from '@/data/backup/backup-export'
import { restoreBackup } from '@/data/backup/backup-restore'
import { loadCountyProfile, saveCountyProfile } from '@/data/county-profile-repository'
import type { KugghjulDatabase } from '@/data/database'
import { schemaVersions } from '@/data/schema'
import { emptyCountyProfile, type CountyProfile } from '@/domain/county-profile'
import { countyStrategies } from '@/domain/county-strategies'
import { freshDatabase } from './fresh-database'

const v10 = schemaVersions.slice(0, 10)
const appVersion = '0.1.0'
const stamp = '2026-01-15T09:00:00.000Z'

/** A profile as version 10 stored it: one strategy, no list and no perspectives. */
function storedByVersion10(): Omit<CountyProfile, 'earlierStrategies' | 'perspectives'> {
  const {
    earlierStrategies: _e,
    perspectives: _p,
    ...profile
  } = {
    ...emptyCountyProfile(),
    countyCode: '13',
    strategyName: 'Jämställdhet, mänskliga rättigheter och icke-diskriminering i Hallands län',
    strategyStartYear: 2023,
    strategyEndYear: 2027
  }
  return profile
}

async function writtenByVersion10(db: KugghjulDatabase): Promise<void> {
  await db.settings.put({ key: 'countyProfile', value: storedByVersion10(), createdAt: stamp, updatedAt: stamp })
}

async function restored(bytes: Uint8Array): Promise<KugghjulDatabase> {
  const db = freshDatabase()
  const result = await restoreBackup(db, bytes, { appVersion })
  if (!result.ok) throw new Error(result.problem.message)
  return db
}

describe('schema version 11 (a county’s strategies and perspectives)', () => {
  it('opens a version 10 profile as a list of one current strategy without perspectives', async () => {
    const name = `migration-${crypto.randomUUID()}`
    const old = freshDatabase(name, v10)
    await writtenByVersion10(old)
    expect(old.verno).toBe(10)
    old.close()

    const db = freshDatabase(name, schemaVersions.slice(0, 11))
    expect(db.verno).toBe(11)
    const row = await db.settings.get('countyProfile')
    expect(row?.value).toEqual({ ...storedByVersion10(), earlierStrategies: [], perspectives: [] })
    expect(row?.updatedAt).toBe(stamp)
    const profile = (await loadCountyProfile(db))!
    expect(countyStrategies(profile)).toEqual([
      expect.objectContaining({ startYear: 2023, endYear: 2027, current: true })
    ])
  })

  it('restores a version 10 backup through the upgrade, and a version 11 backup with its earlier strategy and perspectives', async () => {
    const old = freshDatabase(undefined, v10)
    await writtenByVersion10(old)
    const backup10 = await exportBackup(old, { appVersion })
    expect(backup10.header.schemaVersion).toBe(10)
    const db = await restored(backup10.bytes)
    const upgraded = (await loadCountyProfile(db))!
    expect(upgraded.earlierStrategies).toEqual([])
    expect((await db.settings.get('countyProfile'))?.value).toMatchObject({ earlierStrategies: [], perspectives: [] })

    await saveCountyProfile(db, {
      ...upgraded,
      earlierStrategies: [{ id: 's1', name: 'Jämställdhetsstrategi för Hallands län', startYear: 2018, endYear: 2022 }],
      perspectives: ['humanRights']
    })
    const backup11 = await exportBackup(db, { appVersion })
    expect(backup11.header.schemaVersion).toBe(11)
    const again = (await loadCountyProfile(await restored(backup11.bytes)))!
    expect(countyStrategies(again).map((s) => [s.startYear, s.current])).toEqual([
      [2018, false],
      [2023, true]
    ])
    expect(again.perspectives).toEqual(['humanRights'])
  })

  it('refuses a backup whose strategies overlap or whose perspectives the app does not know', async () => {
    const db = freshDatabase()
    const profile: CountyProfile = {
      ...storedByVersion10(),
      earlierStrategies: [{ id: 's1', name: 'Förra strategin', startYear: 2018, endYear: 2023 }],
      perspectives: []
    }
    await saveCountyProfile(db, profile)
    const overlapping = await restoreBackup(freshDatabase(), (await exportBackup(db, { appVersion })).bytes, {
      appVersion
    })
    expect(overlapping.ok).toBe(false)
    if (!overlapping.ok)
      expect(overlapping.problem.message).toMatch(
        /länsprofilen: Strategierna Förra strategin 2018–2023 och .* överlappar/
      )

    await saveCountyProfile(db, { ...profile, earlierStrategies: [], perspectives: ['feminism' as 'humanRights'] })
    const unknown = await restoreBackup(freshDatabase(), (await exportBackup(db, { appVersion })).bytes, { appVersion })
    expect(unknown.ok).toBe(false)
    if (!unknown.ok)
      expect(unknown.problem.message).toMatch(
        /länsprofilen fältet perspectives element 1 har ett okänt värde \(feminism\)/
      )
  })

  it('keeps version 10 as released and changes no table or index in version 11', () => {
    expect(schemaVersions[9]!.version).toBe(10)
    expect(schemaVersions[10]!.version).toBe(11)
    expect(schemaVersions[10]!.stores).toEqual({})
  })
})
