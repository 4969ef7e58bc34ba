import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { recordRules } from '@/data/backup/record-rules'
import type { RestoreContext } from '@/data/backup/restore-context'
import { insertDemoRegister, loadDemoDataIds, RegisterNotEmptyError, removeDemoData } from '@/data/demo-data'
import { createMember } from '@/data/member-repository'
import { luhnCheckDigit } from '@/domain/members/org-number'
import { generateDemoRegister } from '@/domain/test-data/demo-register'
import { decisionOn, freshDatabase, kommunDraft, today } from './fresh-database'

const demo = () => generateDemoRegister({ members: 30, countyCode: '08', today, focusAreaIds: ['fa-1'] })

async function counts(db: ReturnType<typeof freshDatabase>) {
  const entries = await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const))
  return Object.fromEntries(entries.filter(([name]) => name !== 'auditLog'))
}

describe('Exempeldata', () => {
  it('fills an empty register in steps the progress bar follows, and remembers every id it added', async () => {
    const db = freshDatabase()
    const { register, work } = demo()
    const seen: number[] = []
    const added = await insertDemoRegister(db, register, work, (f) => seen.push(f))
    expect(added.members).toBe(30)
    expect(seen.at(-1)).toBe(1)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    const ids = await loadDemoDataIds(db)
    expect(ids?.members).toHaveLength(30)
    expect(ids?.attendance).toHaveLength(work.attendance.length)
    expect(await db.dialogues.count()).toBe(ids?.dialogues.length)
    await expect(insertDemoRegister(db, register, work)).rejects.toBeInstanceOf(RegisterNotEmptyError)
  })

  it('is removed again in one step, leaving the register as it was and the members the user added', async () => {
    const db = freshDatabase()
    const empty = await counts(db)
    const { register, work } = demo()
    await insertDemoRegister(db, register, work)
    const own = await createMember(
      db,
      kommunDraft({
        name: 'Min egen förening',
        type: 'nonProfit',
        orgNumber: `899999-999${luhnCheckDigit('899999999')}`
      }),
      decisionOn('2025-02-01'),
      today
    )
    if (!own.ok) throw new Error('the own member was refused')
    const demoMember = register.members[3]!
    // What the user hung on the made-up data: a dialogue with a made-up member, and a network of their own with both.
    await db.dialogues.add({
      ...work.dialogues[0]!,
      id: 'own-dialogue',
      memberId: demoMember.id,
      createdAt: '',
      updatedAt: ''
    })
    await db.networks.add({
      ...work.networks[0]!,
      id: 'own-network',
      name: 'Mitt nätverk',
      memberIds: [demoMember.id, own.value.member.id],
      createdAt: '',
      updatedAt: ''
    })

    const seen: number[] = []
    expect(await removeDemoData(db, (f) => seen.push(f))).toEqual({ members: 30 })
    expect(seen.at(-1)).toBe(1)

    expect((await db.members.toArray()).map((m) => m.name)).toEqual(['Min egen förening'])
    expect(await db.membershipPeriods.where('memberId').equals(own.value.member.id).count()).toBe(1)
    expect(await db.dialogues.count()).toBe(0)
    expect((await db.networks.toArray()).map((n) => [n.name, n.memberIds])).toEqual([
      ['Mitt nätverk', [own.value.member.id]]
    ])
    expect(await loadDemoDataIds(db)).toBeNull()
    expect(await counts(db)).toEqual({ ...empty, members: 1, membershipPeriods: 1, networks: 1 })
    const log = await db.auditLog.where('[entityType+entityId]').equals(['memberImport', 'exempeldata']).toArray()
    expect(log.map((e) => e.action).sort()).toEqual(['delete', 'import'])
    // Nothing left to remove: a second call changes nothing.
    expect(await removeDemoData(db)).toEqual({ members: 0 })
  })

  it('a restore accepts the list of what Exempeldata added, and refuses one that could remove the wrong rows', async () => {
    const db = freshDatabase()
    const { register, work } = demo()
    await insertDemoRegister(db, register, work)
    const row = (await db.settings.get('demoData')) as unknown as Record<string, unknown>
    const check = (value: unknown) => recordRules.settings!({ ...row, value }, {} as RestoreContext)
    expect(check(row.value)).toBeNull()
    expect(check({ ...(row.value as object), members: 'alla' })).toBe(
      'listan över exempeldata saknar en lista med id:n för members'
    )
    expect(check({ ...(row.value as object), certificates: [] })).toBe(
      'listan över exempeldata har okända fält: certificates'
    )
  })
})
