import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import { loadCountyProfile, saveCountyProfile } from '@/data/county-profile-repository'
import { KugghjulDatabase } from '@/data/database'
import { createMember, loadMemberRegister } from '@/data/member-repository'
import { schemaVersions } from '@/data/schema'
import { emptyCountyProfile, type CountyProfile } from '@/domain/county-profile'
import { decisionOn, freshDatabase, kommunDraft, today } from './fresh-database'

const kalmar: CountyProfile = {
  ...emptyCountyProfile(),
  countyCode: '08',
  strategyName: 'Ett jämställt Kalmar län',
  strategyStartYear: 2023,
  strategyEndYear: 2027
}

describe('schema version 2 (member register)', () => {
  it('opens a database written by version 1 without losing anything, and can then hold members', async () => {
    const name = `migration-${crypto.randomUUID()}`
    const v1 = freshDatabase(name, schemaVersions.slice(0, 1))
    await saveCountyProfile(v1, kalmar)
    await v1.settings.put({
      key: 'lastBackup',
      value: '2026-11-01',
      createdAt: '2026-11-01T08:00:00.000Z',
      updatedAt: '2026-11-01T08:00:00.000Z'
    })
    expect(v1.verno).toBe(1)
    v1.close()

    // Opened at version 2 exactly, so this stays the v1 → v2 test when later versions are appended.
    const v2 = freshDatabase(name, schemaVersions.slice(0, 2))
    expect(await loadCountyProfile(v2)).toEqual(kalmar)
    expect((await v2.settings.get('lastBackup'))?.value).toBe('2026-11-01')
    expect((await auditEntriesFor(v2, 'countyProfile', 'countyProfile')).map((e) => e.action)).toEqual(['create'])
    expect(v2.verno).toBe(2)

    const created = await createMember(v2, kommunDraft(), decisionOn('2024-03-15'), today)
    expect(created.ok).toBe(true)
    v2.close()
    const reopened = new KugghjulDatabase(name)
    const { members, periods } = await loadMemberRegister(reopened)
    expect(members.map((m) => m.name)).toEqual(['Kalmar kommun'])
    expect(periods.map((p) => p.endDate)).toEqual(['2027-03-14'])
    reopened.close()
  })

  it('keeps version 1 as released', () => {
    expect(schemaVersions[0]).toEqual({
      version: 1,
      stores: { settings: 'key', auditLog: 'id, at, [entityType+entityId]' }
    })
  })

  it('enforces one member per orgnr and one period per number even below the repositories', async () => {
    const db = freshDatabase()
    const created = await createMember(db, kommunDraft(), decisionOn('2024-03-15'), today)
    if (!created.ok) throw new Error('setup failed')
    const { member, period } = created.value
    await expect(db.members.add({ ...member, id: 'other', createdAt: '', updatedAt: '' })).rejects.toThrow(
      /ConstraintError|unique/i
    )
    await expect(db.membershipPeriods.add({ ...period, id: 'other', createdAt: '', updatedAt: '' })).rejects.toThrow(
      /ConstraintError|unique/i
    )
  })
})
