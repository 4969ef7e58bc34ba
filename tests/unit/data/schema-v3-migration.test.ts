import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import { createDialogue, loadMemberDialogues } from '@/data/dialogue-repository'
import { KugghjulDatabase } from '@/data/database'
import { loadMember, loadMemberRegister } from '@/data/member-repository'
import { renewMembership } from '@/data/membership-repository'
import { loadCountyProfile } from '@/data/county-profile-repository'
import { schemaVersions } from '@/data/schema'
import { decisionOn, freshDatabase, today } from './fresh-database'
import { dialogueDraft, kalmarWithMember } from './member-work-fixtures'

describe('schema version 3 (dialogues, plans, årshjul, networks)', () => {
  it('opens a database written by versions 1–2 without losing anything, and can then hold dialogues', async () => {
    const name = `migration-${crypto.randomUUID()}`
    const v2 = freshDatabase(name, schemaVersions.slice(0, 2))
    const { member } = await kalmarWithMember(v2)
    await renewMembership(v2, member.id, decisionOn('2026-11-01', 'KS 2026/300'), today)
    const before = {
      register: await loadMemberRegister(v2),
      audit: await v2.auditLog.toArray(),
      settings: await v2.settings.toArray()
    }
    expect(v2.verno).toBe(2)
    expect(v2.tables.map((t) => t.name)).not.toContain('dialogues')
    v2.close()

    const v3 = freshDatabase(name)
    expect(v3.verno).toBeGreaterThanOrEqual(3)
    expect(await loadMemberRegister(v3)).toEqual(before.register)
    expect(await v3.auditLog.toArray()).toEqual(before.audit)
    expect(await v3.settings.toArray()).toEqual(before.settings)
    expect((await loadCountyProfile(v3))?.focusAreas.map((f) => f.id)).toEqual(['fa-economy', 'fa-health'])
    for (const table of ['dialogues', 'actionPlans', 'actions', 'events', 'attendance', 'networks'])
      expect(await v3.table(table).count()).toBe(0)

    const created = await createDialogue(v3, member.id, dialogueDraft(), today)
    expect(created.ok).toBe(true)
    v3.close()
    const reopened = new KugghjulDatabase(name)
    expect((await loadMemberDialogues(reopened, member.id)).map((d) => d.date)).toEqual(['2026-10-01'])
    expect((await loadMember(reopened, member.id))?.periods.map((p) => p.number)).toEqual([1, 2])
    expect((await auditEntriesFor(reopened, 'dialogue', member.id)).length).toBe(1)
    reopened.close()
  })

  it('keeps versions 1 and 2 as released and adds only new tables in version 3', () => {
    expect(schemaVersions.slice(0, 2).map((v) => v.version)).toEqual([1, 2])
    expect(schemaVersions[1]!.stores).toEqual({
      members: 'id, &orgNumber, type, municipalityCode, importBatchId',
      membershipPeriods: 'id, memberId, &[memberId+number], endDate, decisionDate, importBatchId'
    })
    const v3 = schemaVersions.find((v) => v.version === 3)!
    expect(Object.keys(v3.stores).sort()).toEqual([
      'actionPlans',
      'actions',
      'attendance',
      'dialogues',
      'events',
      'networks'
    ])
    expect(v3.upgrade).toBeUndefined()
  })

  it('enforces one plan per period and one attendance per event and member below the repositories', async () => {
    const db = freshDatabase()
    const now = '2026-11-23T10:00:00.000Z'
    const plan = {
      id: 'a',
      memberId: 'm',
      periodId: 'p',
      ambitionLevel: 'basic' as const,
      ambition: '',
      status: 'draft' as const,
      establishedOn: null,
      createdAt: now,
      updatedAt: now
    }
    await db.actionPlans.add(plan)
    await expect(db.actionPlans.add({ ...plan, id: 'b' })).rejects.toThrow(/ConstraintError|unique/i)
    const row = {
      id: 'x',
      eventId: 'e',
      memberId: 'm',
      women: 1,
      men: 0,
      nonBinary: 0,
      unknown: 0,
      createdAt: now,
      updatedAt: now
    }
    await db.attendance.add(row)
    await expect(db.attendance.add({ ...row, id: 'y' })).rejects.toThrow(/ConstraintError|unique/i)
  })
})
