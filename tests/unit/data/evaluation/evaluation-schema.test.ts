import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { loadMemberRegister, createMember } from '@/data/member-repository'
import { schemaVersions } from '@/data/schema'
import { saveEvaluationDraft } from '@/data/evaluation-repository'
import { emptyEvaluationDraft } from '@/domain/evaluation/evaluation'
import { decisionOn, freshDatabase, kommunDraft, today } from '../fresh-database'

describe('schema version 6 (evaluations)', () => {
  it('opens a database written by the version before it without losing anything, and can then hold an evaluation', async () => {
    const name = `migration-${crypto.randomUUID()}`
    const before = freshDatabase(
      name,
      schemaVersions.filter((v) => v.version < 6)
    )
    await createMember(before, kommunDraft(), decisionOn('2024-03-15'), today)
    before.close()
    const v6 = freshDatabase(name)
    const { members, periods } = await loadMemberRegister(v6)
    expect(members.map((m) => m.name)).toEqual(['Kalmar kommun'])
    expect((await saveEvaluationDraft(v6, periods[0]!.id, emptyEvaluationDraft(), today)).ok).toBe(true)
    expect(await v6.evaluations.count()).toBe(1)
  })

  it('adds the evaluations table only, one evaluation per period', async () => {
    const v6 = schemaVersions.find((v) => v.version === 6)
    expect(v6?.stores).toEqual({ evaluations: 'id, memberId, &periodId, status' })
    expect(v6?.upgrade).toBeUndefined()
    const db = freshDatabase()
    const row = {
      id: 'e1',
      memberId: 'm',
      periodId: 'p',
      status: 'draft' as const,
      assessments: [],
      conclusions: '',
      decision: null,
      decidedAt: null,
      nextPeriodId: null,
      createdAt: '',
      updatedAt: ''
    }
    await db.evaluations.add(row)
    await expect(db.evaluations.add({ ...row, id: 'e2' })).rejects.toThrow(/ConstraintError|unique/i)
  })
})
