import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import { importMembers, loadExistingOrgNumbers } from '@/data/member-import'
import { createMember, loadMemberRegister } from '@/data/member-repository'
import { memberToDraft } from '@/domain/members/member'
import type { MemberImportRow } from '@/domain/members/member-import-review'
import { generateMembers } from '@/domain/test-data/member-generator'
import { decisionOn, freshDatabase, kommunDraft, today } from './fresh-database'

/** 50 realistic rows as a spreadsheet would give them after column mapping. */
function spreadsheetRows(count = 50): MemberImportRow[] {
  const { members, periods } = generateMembers({ seed: 3, count, countyCode: '08', today })
  return members.map((m) => {
    const first = periods.find((p) => p.memberId === m.id && p.number === 1)!
    return {
      draft: { ...memberToDraft(m), contactPersons: [] },
      decision: decisionOn(first.decisionDate, first.decisionReference)
    }
  })
}

async function snapshot(db: ReturnType<typeof freshDatabase>) {
  return {
    members: await db.members.count(),
    periods: await db.membershipPeriods.count(),
    audit: await db.auditLog.count()
  }
}

describe('member import (commit step)', () => {
  it('imports every row as a member with period 1 in one batch, with audit entries', async () => {
    const db = freshDatabase()
    const rows = spreadsheetRows()
    const result = await importMembers(db, rows, { fileName: 'verksamheter.xlsx', today })
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value.imported.map((i) => i.member.name)).toEqual(rows.map((r) => r.draft.name))
    expect(result.value.imported.map((i) => i.period.startDate)).toEqual(rows.map((r) => r.decision.decisionDate))
    const { members, periods } = await loadMemberRegister(db)
    expect(members).toHaveLength(50)
    expect(periods.every((p) => p.number === 1 && p.importBatchId === result.value.batchId)).toBe(true)
    expect(await db.members.where('importBatchId').equals(result.value.batchId).count()).toBe(50)
    const [batchEntry] = await auditEntriesFor(db, 'memberImport', result.value.batchId)
    expect(batchEntry?.summary).toBe('Importerade 50 verksamheter från verksamheter.xlsx.')
    const memberEntry = await auditEntriesFor(db, 'member', members[0]!.id)
    expect(memberEntry[0]?.summary).toMatch(/importerades från verksamheter\.xlsx: period 1/)
  })

  it('writes nothing when one row in the middle is bad, and says which row and why', async () => {
    const db = freshDatabase()
    await createMember(
      db,
      kommunDraft({ name: 'Befintlig verksamhet', type: 'other', orgNumber: '202100-2304' }),
      decisionOn('2024-01-10'),
      today
    )
    const before = await snapshot(db)
    const rows = spreadsheetRows()
    rows[20] = { ...rows[20]!, draft: { ...rows[20]!.draft, orgNumber: '556036-0794' } }
    rows[30] = { ...rows[30]!, draft: { ...rows[30]!.draft, orgNumber: '202100-2304' } }
    const result = await importMembers(db, rows, { fileName: 'verksamheter.xlsx', today })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors.map((e) => e.index)).toEqual([20, 30])
      expect(result.errors[0]?.problems[0]).toMatch(/Kontrollsiffran stämmer inte i 556036-0794/)
      expect(result.errors[1]?.problems[0]).toMatch(/finns redan hos "Befintlig verksamhet"/)
    }
    expect(await snapshot(db)).toEqual(before)
  })

  it('rolls back rows already written when the database fails mid-import', async () => {
    const db = freshDatabase()
    let written = 0
    // Fail inside the write, after 25 members have been added within the transaction.
    db.members.hook('creating', () => {
      if (++written > 25) throw new Error('Disken är full')
    })
    await expect(importMembers(db, spreadsheetRows(), { fileName: 'verksamheter.xlsx', today })).rejects.toThrow(
      /Disken är full/
    )
    expect(written).toBeGreaterThan(25)
    expect(await snapshot(db)).toEqual({ members: 0, periods: 0, audit: 0 })
  })

  it('gives the preview the orgnr already taken, with names and archive state', async () => {
    const db = freshDatabase()
    await createMember(db, kommunDraft(), decisionOn('2024-01-10'), today)
    expect(await loadExistingOrgNumbers(db)).toEqual(
      new Map([['212000-0746', { name: 'Kalmar kommun', archived: false }]])
    )
  })
})
