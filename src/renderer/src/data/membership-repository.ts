import {
  createPeriod,
  latestPeriod,
  nextPeriodStartDate,
  periodEndDate,
  validateDecision,
  validateEnding,
  type Decision,
  type MembershipEnding,
  type MembershipPeriod
} from '@/domain/members/membership-period'
import { validateWelcomePackage, type WelcomePackage } from '@/domain/members/welcome-package'
import { recordAudit } from './audit-log'
import { newId, nowIso, type KugghjulDatabase } from './database'
import {
  failed,
  MemberNotFoundError,
  type DecisionErrors,
  type EndingErrors,
  type WelcomePackageErrors,
  type WriteResult
} from './member-register-errors'
import { periodSpan, requireMember } from './member-repository'
import type { MembershipPeriodRecord } from './records'
import { writeTransaction } from './write-transaction'

async function periodsOf(db: KugghjulDatabase, memberId: string): Promise<MembershipPeriodRecord[]> {
  return db.membershipPeriods.where('memberId').equals(memberId).sortBy('number')
}

/** The member's latest period; throws when the member does not exist. */
async function latestPeriodOf(db: KugghjulDatabase, memberId: string): Promise<MembershipPeriodRecord | undefined> {
  await requireMember(db, memberId)
  return latestPeriod(await periodsOf(db, memberId))
}

async function requirePeriod(db: KugghjulDatabase, periodId: string): Promise<MembershipPeriodRecord> {
  const period = await db.membershipPeriods.get(periodId)
  if (!period) throw new MemberNotFoundError('period', periodId)
  return period
}

function audit(db: KugghjulDatabase, memberId: string, action: 'create' | 'update', summary: string): Promise<unknown> {
  return recordAudit(db, { entityType: 'member', entityId: memberId, action, summary })
}

const tables = (db: KugghjulDatabase) => [db.members, db.membershipPeriods, db.auditLog] as const

/**
 * Registers a new management decision for a member: period n+1 after its
 * latest period (a renewal), or after an ending (the member joins again).
 * See membership-period.ts for where the new period starts.
 */
export async function renewMembership(
  db: KugghjulDatabase,
  memberId: string,
  decisionDraft: Decision,
  today: string
): Promise<WriteResult<MembershipPeriod, DecisionErrors>> {
  return writeTransaction(db, tables(db), async () => {
    const previous = await latestPeriodOf(db, memberId)
    const decision = validateDecision(decisionDraft, today, previous)
    if (!decision.ok) return failed(decision.errors)
    const period = createPeriod({ id: newId(), memberId, decision: decision.decision, previous })
    const now = nowIso()
    await db.membershipPeriods.add({ ...period, createdAt: now, updatedAt: now })
    await audit(db, memberId, 'create', `Nytt beslut: ${periodSpan(period)}.`)
    return { ok: true, value: period }
  })
}

/**
 * Corrects the decision of a member's latest period (a mistyped date or
 * reference). Start and end are worked out again from the corrected date.
 */
export async function correctDecision(
  db: KugghjulDatabase,
  periodId: string,
  decisionDraft: Decision,
  today: string
): Promise<WriteResult<MembershipPeriod, DecisionErrors>> {
  return writeTransaction(db, tables(db), async () => {
    const period = await requirePeriod(db, periodId)
    const periods = await periodsOf(db, period.memberId)
    if (latestPeriod(periods)?.id !== periodId)
      return failed({
        decisionDate: `Bara beslutet för den senaste perioden kan rättas. Period ${period.number} har redan följts av en ny period.`
      })
    const previous = periods.find((p) => p.number === period.number - 1)
    const decision = validateDecision(decisionDraft, today, previous)
    if (!decision.ok) return failed(decision.errors)
    const startDate = previous
      ? nextPeriodStartDate(previous, decision.decision.decisionDate)
      : decision.decision.decisionDate
    const endDate = periodEndDate(startDate)
    // An ending is the period's last day (validateEnding); a corrected date may not leave it outside.
    const endedOn = period.ending?.endedOn
    if (endedOn !== undefined && (endedOn < startDate || endedOn > endDate))
      return failed({
        decisionDate: `Anslutningen avslutas ${endedOn}, utanför perioden ${startDate} – ${endDate} som det beslutsdatumet ger. Kontrollera datumet.`
      })
    const corrected: MembershipPeriodRecord = {
      ...period,
      ...decision.decision,
      startDate,
      endDate,
      updatedAt: nowIso()
    }
    await db.membershipPeriods.put(corrected)
    await audit(db, period.memberId, 'update', `Beslutet rättades: ${periodSpan(corrected)}.`)
    return { ok: true, value: corrected }
  })
}

/** Ends the membership (Avslutad) on its latest period, with a reason and the last day. */
export async function endMembership(
  db: KugghjulDatabase,
  memberId: string,
  endingDraft: MembershipEnding,
  today: string
): Promise<WriteResult<MembershipPeriod, EndingErrors>> {
  return writeTransaction(db, tables(db), async () => {
    const latest = await latestPeriodOf(db, memberId)
    if (!latest) return failed({ endedOn: 'Verksamheten har ingen anslutningsperiod att avsluta.' })
    const ending = validateEnding(latest, endingDraft, today)
    if (!ending.ok) return failed(ending.errors)
    const ended: MembershipPeriodRecord = { ...latest, ending: ending.ending, updatedAt: nowIso() }
    await db.membershipPeriods.put(ended)
    await audit(db, memberId, 'update', `Anslutningen avslutas ${ending.ending.endedOn}: ${ending.ending.reason}`)
    return { ok: true, value: ended }
  })
}

const stepNames: Readonly<Record<keyof WelcomePackage, string>> = {
  certificateIssuedOn: 'intyg utfärdat',
  logoSentOn: 'logotyp skickad',
  leadershipBriefingOfferedOn: 'informationspass erbjudet',
  leadershipBriefingHeldOn: 'informationspass genomfört'
}

/**
 * Updates the welcome package of a period. `changes` holds only the steps
 * that change; null clears a date. The certificate feature calls this with
 * certificateIssuedOn when it issues an intyg.
 */
export async function updateWelcomePackage(
  db: KugghjulDatabase,
  periodId: string,
  changes: Partial<WelcomePackage>,
  today: string
): Promise<WriteResult<MembershipPeriod, WelcomePackageErrors>> {
  return writeTransaction(db, tables(db), async () => {
    const period = await requirePeriod(db, periodId)
    const welcomePackage = { ...period.welcomePackage, ...changes }
    const errors = validateWelcomePackage(welcomePackage, period.decisionDate, today)
    if (Object.keys(errors).length > 0) return failed(errors)
    const changed = (Object.keys(stepNames) as (keyof WelcomePackage)[]).filter(
      (k) => welcomePackage[k] !== period.welcomePackage[k]
    )
    if (changed.length === 0) return { ok: true, value: period }
    const updated: MembershipPeriodRecord = { ...period, welcomePackage, updatedAt: nowIso() }
    await db.membershipPeriods.put(updated)
    const described = changed.map((k) => `${stepNames[k]} ${welcomePackage[k] ?? '(borttaget)'}`)
    await audit(db, period.memberId, 'update', `Välkomstpaket period ${period.number}: ${described.join(', ')}.`)
    return { ok: true, value: updated }
  })
}
