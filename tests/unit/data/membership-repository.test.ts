import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it } from 'vitest'
import { auditEntriesFor } from '@/data/audit-log'
import { createMember, loadMember } from '@/data/member-repository'
import { correctDecision, endMembership, renewMembership, updateWelcomePackage } from '@/data/membership-repository'
import type { KugghjulDatabase } from '@/data/database'
import { memberStatus, membershipStatusLabels } from '@/domain/members/membership-status'
import { welcomePackageState } from '@/domain/members/welcome-package'
import { decisionOn, freshDatabase, kommunDraft, today } from './fresh-database'

async function kalmarSince(db: KugghjulDatabase, decisionDate: string) {
  const result = await createMember(db, kommunDraft(), decisionOn(decisionDate), today)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

async function statusOn(db: KugghjulDatabase, memberId: string, on: string): Promise<string> {
  const loaded = await loadMember(db, memberId)
  return membershipStatusLabels[memberStatus(loaded!.periods, { today: on })]
}

async function welcomeOf(db: KugghjulDatabase, memberId: string): Promise<string> {
  const period = (await loadMember(db, memberId))!.periods[0]!
  return welcomePackageState(period.welcomePackage, period.number)
}

describe('membership lifecycle in the database', () => {
  it('is Aktiv from the decision while the welcome package is completed, one audited step at a time', async () => {
    const db = freshDatabase()
    const { member, period } = await kalmarSince(db, '2026-09-01')
    expect([await statusOn(db, member.id, today), await welcomeOf(db, member.id)]).toEqual(['Aktiv', 'incomplete'])
    await updateWelcomePackage(db, period.id, { certificateIssuedOn: '2026-09-10', logoSentOn: '2026-09-10' }, today)
    expect(await welcomeOf(db, member.id)).toBe('incomplete')
    const done = await updateWelcomePackage(db, period.id, { leadershipBriefingOfferedOn: '2026-09-15' }, today)
    expect(done.ok && done.value.welcomePackage.leadershipBriefingOfferedOn).toBe('2026-09-15')
    expect([await statusOn(db, member.id, today), await welcomeOf(db, member.id)]).toEqual(['Aktiv', 'complete'])
    const summaries = (await auditEntriesFor(db, 'member', member.id)).map((e) => e.summary)
    expect(summaries).toContain('Välkomstpaket period 1: intyg utfärdat 2026-09-10, logotyp skickad 2026-09-10.')
  })

  it('refuses a welcome-package date after today and keeps the old package', async () => {
    const db = freshDatabase()
    const { period } = await kalmarSince(db, '2026-09-01')
    const result = await updateWelcomePackage(db, period.id, { logoSentOn: '2026-12-24' }, today)
    expect(!result.ok && result.errors.logoSentOn).toMatch(/efter dagens datum 2026-11-23/)
    expect((await db.membershipPeriods.get(period.id))?.welcomePackage.logoSentOn).toBeNull()
  })

  it('renews before the end: period 2 follows on the day after period 1 ends', async () => {
    const db = freshDatabase()
    const { member } = await kalmarSince(db, '2023-12-01') // period 1 ends 2026-11-30
    expect(await statusOn(db, member.id, today)).toBe('Utvärdering närmar sig')
    const renewed = await renewMembership(db, member.id, decisionOn('2026-11-20', 'KS 2026/300'), today)
    expect(renewed.ok && [renewed.value.number, renewed.value.startDate, renewed.value.endDate]).toEqual([
      2,
      '2026-12-01',
      '2029-11-30'
    ])
    expect(await statusOn(db, member.id, today)).toBe('Förnyad')
    expect(await statusOn(db, member.id, '2026-12-01')).toBe('Aktiv')
  })

  it('renews after the end: from Utvärdering försenad to a period starting on the decision date', async () => {
    const db = freshDatabase()
    const { member } = await kalmarSince(db, '2023-06-01') // ended 2026-05-31
    expect(await statusOn(db, member.id, today)).toBe('Utvärdering försenad')
    const renewed = await renewMembership(db, member.id, decisionOn('2026-10-05'), today)
    expect(renewed.ok && [renewed.value.number, renewed.value.startDate]).toEqual([2, '2026-10-05'])
    expect((await loadMember(db, member.id))?.periods.map((p) => p.number)).toEqual([1, 2])
  })

  it('refuses a renewal decided before the decision it renews', async () => {
    const db = freshDatabase()
    const { member } = await kalmarSince(db, '2025-01-15')
    const result = await renewMembership(db, member.id, decisionOn('2024-12-01'), today)
    expect(!result.ok && result.errors.decisionDate).toMatch(/efter beslutet för period 1/)
    expect(await db.membershipPeriods.count()).toBe(1)
  })

  it('ends a membership with reason and date, shown as Avslutad from that date', async () => {
    const db = freshDatabase()
    const { member } = await kalmarSince(db, '2023-06-01')
    const refused = await endMembership(db, member.id, { endedOn: '2026-05-31', reason: '' }, today)
    expect(!refused.ok && refused.errors.reason).toMatch(/Ange varför/)
    const ended = await endMembership(db, member.id, { endedOn: '2026-05-31', reason: 'Valde att inte förnya.' }, today)
    expect(ended.ok && ended.value.ending).toEqual({ endedOn: '2026-05-31', reason: 'Valde att inte förnya.' })
    expect(await statusOn(db, member.id, today)).toBe('Avslutad')
    const again = await renewMembership(db, member.id, decisionOn('2026-05-01'), today)
    expect(!again.ok && again.errors.decisionDate).toMatch(/avslutades 2026-05-31/)
  })

  it('corrects a mistyped decision date on the latest period and moves its dates', async () => {
    const db = freshDatabase()
    const { member, period } = await kalmarSince(db, '2024-03-15')
    const corrected = await correctDecision(db, period.id, decisionOn('2024-02-29', 'KS 2024/99'), today)
    expect(
      corrected.ok && [corrected.value.startDate, corrected.value.endDate, corrected.value.decisionReference]
    ).toEqual(['2024-02-29', '2027-02-28', 'KS 2024/99'])
    const p2 = await renewMembership(db, member.id, decisionOn('2026-11-01'), today)
    const old = await correctDecision(db, period.id, decisionOn('2024-02-01'), today)
    expect(!old.ok && old.errors.decisionDate).toMatch(/Bara beslutet för den senaste perioden/)
    expect(p2.ok).toBe(true)
  })
})
