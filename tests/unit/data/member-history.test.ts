import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { memberHistoryEntries, recordAudit } from '@/data/audit-log'
import { createDialogue } from '@/data/dialogue-repository'
import { freshDatabase } from './fresh-database'
import { dialogueDraft, kalmarWithMember, today } from './member-work-fixtures'

describe("a member's history", () => {
  it("lists the member's own entries and its work's, newest first, and nothing of other members or the county", async () => {
    const db = freshDatabase()
    const { member } = await kalmarWithMember(db)
    const created = await createDialogue(db, member.id, dialogueDraft(), today)
    expect(created.ok).toBe(true)
    await recordAudit(db, { entityType: 'action', entityId: member.id, action: 'update', summary: 'Insats ändrad.' })
    await recordAudit(db, { entityType: 'action', entityId: 'another-member', action: 'update', summary: 'Annan.' })
    await recordAudit(db, { entityType: 'countyProfile', entityId: member.id, action: 'update', summary: 'Profil.' })

    const entries = await memberHistoryEntries(db, member.id)
    expect(entries.map((e) => e.entityType).sort()).toEqual(['action', 'dialogue', 'member'])
    expect(entries.map((e) => e.summary)).not.toContain('Annan.')
    const times = entries.map((e) => e.at)
    expect(times).toEqual([...times].sort().reverse())
  })
})
