import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { issueCertificates } from '@/data/certificate-issue'
import { KugghjulDatabase } from '@/data/database'
import { schemaVersions } from '@/data/schema'
import { freshDatabase, today } from '../fresh-database'
import { registerWithThreeMembers } from './certificate-register'

describe('schema version 4 (certificates)', () => {
  it('opens a register written before certificates existed and can issue in it', async () => {
    const name = `migration-${crypto.randomUUID()}`
    const before = freshDatabase(
      name,
      schemaVersions.filter((v) => v.version < 4)
    )
    const periods = await registerWithThreeMembers(before)
    before.close()

    const after = freshDatabase(name)
    expect(after.verno).toBeGreaterThanOrEqual(4)
    expect(await after.members.count()).toBe(3)
    const result = await issueCertificates(after, [periods[0]!.id], today)
    expect(result.ok && result.value.certificates[0]!.number).toBe('H-2026-001')
    after.close()
    const reopened = new KugghjulDatabase(name)
    expect((await reopened.certificates.toArray()).map((c) => c.number)).toEqual(['H-2026-001'])
    reopened.close()
  })

  it('allows one certificate per period and per number even below the repository', async () => {
    const db = freshDatabase()
    const periods = await registerWithThreeMembers(db)
    const result = await issueCertificates(db, [periods[0]!.id], today)
    if (!result.ok) throw new Error(result.errors.message)
    const row = (await db.certificates.toArray())[0]!
    await expect(db.certificates.add({ ...row, id: 'other', number: 'H-2026-999' })).rejects.toThrow(
      /ConstraintError|unique/i
    )
    await expect(db.certificates.add({ ...row, id: 'other', periodId: periods[1]!.id })).rejects.toThrow(
      /ConstraintError|unique/i
    )
  })
})
