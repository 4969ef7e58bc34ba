import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { describe, expect, it, vi } from 'vitest'
import { createActionPlan } from '@/data/action-plan-repository'
import { createAction } from '@/data/action-repository'
import { auditEntriesFor } from '@/data/audit-log'
import type { KugghjulDatabase } from '@/data/database'
import { completeEvaluation } from '@/data/evaluation-completion'
import { loadEvaluation, loadEvaluationContext, saveEvaluationDraft } from '@/data/evaluation-repository'
import { loadMember } from '@/data/member-repository'
import { emptyEvaluationDraft, evaluationToDraft, type EvaluationDraft } from '@/domain/evaluation/evaluation'
import { reportAssessment } from '@/domain/evaluation/report-assessment'
import { freshDatabase, today } from '../fresh-database'
import { actionDraft, kalmarWithMember } from '../member-work-fixtures'

/** Kalmar kommun, period 1 from 2024-03-15, with two actions: delmål 2 (focus area economy) and delmål 5. */
async function memberWithActions(db: KugghjulDatabase) {
  const { member, period } = await kalmarWithMember(db)
  const plan = await createActionPlan(db, period.id, { ambitionLevel: 'basic', ambition: '' })
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors))
  for (const draft of [
    actionDraft({ focusAreaIds: ['fa-economy'], status: 'done' }),
    actionDraft({ title: 'Jämställd hälsa i äldreomsorgen', goals: [5], status: 'inProgress' })
  ]) {
    const created = await createAction(db, plan.value.id, draft, today)
    if (!created.ok) throw new Error(JSON.stringify(created.errors))
  }
  return { member, period }
}

async function completeDraft(
  db: KugghjulDatabase,
  periodId: string,
  overrides: Partial<EvaluationDraft> = {}
): Promise<EvaluationDraft> {
  const { subjects } = await loadEvaluationContext(db, periodId, today)
  return {
    ...emptyEvaluationDraft(),
    assessments: subjects
      .filter((s) => s.workedOn)
      .map((s) => ({ subject: s.subject, level: 2, comment: `Etablerat: ${s.label}.` })),
    conclusions: 'Lönekartläggningen görs varje år.',
    outcome: 'renew',
    decisionDate: '2026-11-02',
    decisionReference: 'KS 2026/87',
    decidedBy: 'Kommunstyrelsen',
    ...overrides
  }
}

describe('evaluation drafts', () => {
  it('saves an incomplete draft and updates it, with audit entries under the member', async () => {
    const db = freshDatabase()
    const { member, period } = await memberWithActions(db)
    const first = await saveEvaluationDraft(
      db,
      period.id,
      { ...emptyEvaluationDraft(), conclusions: 'Påbörjad.' },
      today
    )
    expect(first.ok).toBe(true)
    const second = await saveEvaluationDraft(
      db,
      period.id,
      { ...emptyEvaluationDraft(), conclusions: 'Nästan klar.' },
      today
    )
    expect(second.ok && second.value.id).toBe(first.ok && first.value.id)
    expect(await loadEvaluation(db, period.id)).toMatchObject({
      status: 'draft',
      conclusions: 'Nästan klar.',
      decidedAt: null
    })
    const audit = await auditEntriesFor(db, 'evaluation', member.id)
    expect(audit.map((e) => e.action).sort()).toEqual(['create', 'update'])
  })
})

describe('completeEvaluation', () => {
  it('förnya: stores the evaluation as klar and starts period 2 the day after period 1 ends', async () => {
    const db = freshDatabase()
    const { member, period } = await memberWithActions(db)
    const result = await completeEvaluation(db, period.id, await completeDraft(db, period.id), today)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value.period).toMatchObject({
      number: 2,
      startDate: '2027-03-15',
      endDate: '2030-03-14',
      decisionDate: '2026-11-02',
      decisionReference: 'KS 2026/87'
    })
    const { periods } = (await loadMember(db, member.id))!
    expect(periods.map((p) => p.number)).toEqual([1, 2])
    expect(await loadEvaluation(db, period.id)).toMatchObject({
      status: 'completed',
      decidedAt: today,
      nextPeriodId: result.value.period.id
    })
    expect((await auditEntriesFor(db, 'member', member.id)).map((e) => e.summary)).toContain(
      'Nytt beslut: period 2 2027-03-15 – 2030-03-14, beslut 2026-11-02 (KS 2026/87).'
    )
    expect((await auditEntriesFor(db, 'evaluation', member.id))[0]!.summary).toBe(
      'Utvärdering av period 1 klar: anslutningen förnyas (period 2 2027-03-15 – 2030-03-14).'
    )
    const again = await completeEvaluation(db, period.id, await completeDraft(db, period.id), today)
    expect(!again.ok && again.errors.period).toMatch(/kan inte längre ändras/)
  })

  it('avsluta: ends the membership on the evaluated period', async () => {
    const db = freshDatabase()
    const { member, period } = await memberWithActions(db)
    const draft = await completeDraft(db, period.id, {
      outcome: 'end',
      endedOn: '2027-03-14',
      reason: 'Verksamheten valde att inte förnya.'
    })
    const result = await completeEvaluation(db, period.id, draft, today)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    const { periods } = (await loadMember(db, member.id))!
    expect(periods).toHaveLength(1)
    expect(periods[0]!.ending).toEqual({ endedOn: '2027-03-14', reason: 'Verksamheten valde att inte förnya.' })
    expect(await loadEvaluation(db, period.id)).toMatchObject({
      status: 'completed',
      decision: { outcome: 'end' },
      nextPeriodId: null
    })
  })

  it('writes nothing when the checks refuse', async () => {
    const db = freshDatabase()
    const { member, period } = await memberWithActions(db)
    const before = (await auditEntriesFor(db, 'member', member.id)).length
    const result = await completeEvaluation(
      db,
      period.id,
      await completeDraft(db, period.id, { decisionDate: '2027-01-01' }),
      today
    )
    expect(!result.ok && result.errors.decisionDate).toMatch(/efter dagens datum/)
    expect((await loadMember(db, member.id))!.periods).toHaveLength(1)
    expect(await loadEvaluation(db, period.id)).toBeUndefined()
    expect(await auditEntriesFor(db, 'member', member.id)).toHaveLength(before)
  })

  it('rolls back the new period and its audit entry when storing the evaluation fails', async () => {
    const db = freshDatabase()
    const { member, period } = await memberWithActions(db)
    await saveEvaluationDraft(db, period.id, { ...emptyEvaluationDraft(), conclusions: 'Utkast.' }, today)
    const memberAudit = (await auditEntriesFor(db, 'member', member.id)).length
    const put = vi
      .spyOn(db.evaluations, 'put')
      .mockImplementation(() => Promise.reject(new Error('disk trouble')) as never)
    await expect(completeEvaluation(db, period.id, await completeDraft(db, period.id), today)).rejects.toThrow(
      'disk trouble'
    )
    put.mockRestore()
    expect((await loadMember(db, member.id))!.periods.map((p) => p.number)).toEqual([1])
    expect(await auditEntriesFor(db, 'member', member.id)).toHaveLength(memberAudit)
    expect(await loadEvaluation(db, period.id)).toMatchObject({ status: 'draft', conclusions: 'Utkast.' })
  })

  it('keeps the länsstyrelse’s diarienummer on the evaluation, gives it to the renewed period and prints it with the decision', async () => {
    const db = freshDatabase()
    const { period } = await memberWithActions(db)
    const tooLong = await completeEvaluation(
      db,
      period.id,
      await completeDraft(db, period.id, { countyCaseNumber: '801-' + '7'.repeat(60) }),
      today
    )
    expect(!tooLong.ok && tooLong.errors.countyCaseNumber).toBe(
      'Diarienumret får vara högst 60 tecken. Kontrollera att du har klistrat in rätt text.'
    )
    const draft = await completeDraft(db, period.id, { countyCaseNumber: ' 801-9911-2026 ' })
    const result = await completeEvaluation(db, period.id, draft, today)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value.period).toMatchObject({ number: 2, countyCaseNumber: '801-9911-2026' })
    const evaluation = (await loadEvaluation(db, period.id))!
    expect(evaluation.countyCaseNumber).toBe('801-9911-2026')
    expect(evaluationToDraft(evaluation).countyCaseNumber).toBe('801-9911-2026')
    const { subjects } = await loadEvaluationContext(db, period.id, today)
    expect(reportAssessment(evaluation, subjects).decision).toEqual([
      'Anslutningen förnyas.',
      'Nytt ledningsbeslut den 2 november 2026 (KS 2026/87, Kommunstyrelsen).',
      'Länsstyrelsens diarienummer: 801-9911-2026.'
    ])
  })
})
