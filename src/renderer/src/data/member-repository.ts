import type { Member, MemberDraft } from '@/domain/members/member'
import { duplicateOrgNumberMessage } from '@/domain/members/member-import-review'
import { validateMemberDraft, type ValidMemberFields } from '@/domain/members/member-validation'
import {
  createPeriod,
  validateDecision,
  type Decision,
  type MembershipPeriod
} from '@/domain/members/membership-period'
import { recordAudit } from './audit-log'
import { newId, nowIso, type KugghjulDatabase } from './database'
import { failed, MemberNotFoundError, type MemberWriteErrors, type WriteResult } from './member-register-errors'
import type { MemberRecord, MembershipPeriodRecord } from './records'
import { writeTransaction } from './write-transaction'

/** Everything the member list needs, read in two bulk queries; build rows with buildMemberRows. */
export async function loadMemberRegister(
  db: KugghjulDatabase
): Promise<{ members: MemberRecord[]; periods: MembershipPeriodRecord[] }> {
  return db.transaction('r', db.members, db.membershipPeriods, async () => ({
    members: await db.members.toArray(),
    periods: await db.membershipPeriods.toArray()
  }))
}

/** One member and its periods (period 1 first), or undefined. */
export async function loadMember(
  db: KugghjulDatabase,
  memberId: string
): Promise<{ member: MemberRecord; periods: MembershipPeriodRecord[] } | undefined> {
  return db.transaction('r', db.members, db.membershipPeriods, async () => {
    const member = await db.members.get(memberId)
    if (!member) return undefined
    return { member, periods: await db.membershipPeriods.where('memberId').equals(memberId).sortBy('number') }
  })
}

export async function requireMember(db: KugghjulDatabase, memberId: string): Promise<MemberRecord> {
  const member = await db.members.get(memberId)
  if (!member) throw new MemberNotFoundError('member', memberId)
  return member
}

/** The Swedish duplicate message when another member has the orgnr, else undefined. Call inside the write transaction. */
export async function orgNumberTaken(
  db: KugghjulDatabase,
  orgNumber: string,
  exceptMemberId?: string
): Promise<string | undefined> {
  const other = await db.members.where('orgNumber').equals(orgNumber).first()
  if (!other || other.id === exceptMemberId) return undefined
  return duplicateOrgNumberMessage(orgNumber, { name: other.name, archived: other.archivedAt !== null })
}

/** A member record with ids for new contact persons. */
export function memberRecord(
  id: string,
  fields: ValidMemberFields,
  now: string,
  extra: Partial<MemberRecord> = {}
): MemberRecord {
  const contactPersons = fields.contactPersons.map((c) => ({ ...c, id: c.id ?? newId() }))
  return { ...fields, contactPersons, id, archivedAt: null, createdAt: now, updatedAt: now, ...extra }
}

export function periodSpan(period: MembershipPeriod): string {
  const reference = period.decisionReference ? ` (${period.decisionReference})` : ''
  return `period ${period.number} ${period.startDate} – ${period.endDate}, beslut ${period.decisionDate}${reference}`
}

/**
 * Adds a member together with period 1 from its management decision, in one
 * transaction with the audit entry. Refuses an orgnr another member has,
 * naming that member (also when it is archived).
 */
export async function createMember(
  db: KugghjulDatabase,
  draft: MemberDraft,
  decisionDraft: Decision,
  today: string
): Promise<WriteResult<{ member: Member; period: MembershipPeriod }, MemberWriteErrors>> {
  const member = validateMemberDraft(draft)
  const decision = validateDecision(decisionDraft, today)
  if (!member.ok || !decision.ok)
    return failed({ ...(member.ok ? {} : member.errors), ...(decision.ok ? {} : decision.errors) })
  return writeTransaction(db, [db.members, db.membershipPeriods, db.auditLog], async () => {
    const taken = await orgNumberTaken(db, member.fields.orgNumber)
    if (taken) return failed({ orgNumber: taken })
    const now = nowIso()
    const record = memberRecord(newId(), member.fields, now)
    const period = createPeriod({ id: newId(), memberId: record.id, decision: decision.decision })
    await db.members.add(record)
    await db.membershipPeriods.add({ ...period, createdAt: now, updatedAt: now })
    await recordAudit(db, {
      entityType: 'member',
      entityId: record.id,
      action: 'create',
      summary: `${record.name} (${record.orgNumber}) lades till: ${periodSpan(period)}.`
    })
    return { ok: true, value: { member: record, period } }
  })
}

const fieldLabels: Readonly<Record<keyof ValidMemberFields, string>> = {
  name: 'namn',
  orgNumber: 'organisationsnummer',
  type: 'typ',
  municipalityCode: 'kommun',
  streetAddress: 'adress',
  postalCode: 'postnummer',
  postalTown: 'ort',
  website: 'webbplats',
  contactPersons: 'kontaktpersoner'
}

/** JSON with object keys sorted, so equal values compare equal whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v
  )
}

function changedFields(before: MemberRecord, after: ValidMemberFields): string[] {
  return (Object.keys(fieldLabels) as (keyof ValidMemberFields)[])
    .filter((key) => canonical(before[key]) !== canonical(after[key]))
    .map((key) => fieldLabels[key])
}

/** Saves an edited member; unchanged input writes nothing. */
export async function updateMember(
  db: KugghjulDatabase,
  memberId: string,
  draft: MemberDraft
): Promise<WriteResult<Member, MemberWriteErrors>> {
  const result = validateMemberDraft(draft)
  if (!result.ok) return failed(result.errors)
  return writeTransaction(db, [db.members, db.auditLog], async () => {
    const before = await requireMember(db, memberId)
    const taken = await orgNumberTaken(db, result.fields.orgNumber, memberId)
    if (taken) return failed({ orgNumber: taken })
    const after = memberRecord(memberId, result.fields, nowIso(), {
      createdAt: before.createdAt,
      archivedAt: before.archivedAt
    })
    const changed = changedFields(before, after)
    if (changed.length === 0) return { ok: true, value: before }
    await db.members.put(before.importBatchId ? { ...after, importBatchId: before.importBatchId } : after)
    await recordAudit(db, {
      entityType: 'member',
      entityId: memberId,
      action: 'update',
      summary: `Ändrade ${changed.join(', ')}.`
    })
    return { ok: true, value: after }
  })
}

async function setArchived(db: KugghjulDatabase, memberId: string, archive: boolean): Promise<MemberRecord> {
  return writeTransaction(db, [db.members, db.auditLog], async () => {
    const member = await requireMember(db, memberId)
    if ((member.archivedAt !== null) === archive) return member
    const now = nowIso()
    const updated = { ...member, archivedAt: archive ? now : null, updatedAt: now }
    await db.members.put(updated)
    await recordAudit(db, {
      entityType: 'member',
      entityId: memberId,
      action: archive ? 'archive' : 'restore',
      summary: archive ? `${member.name} togs bort ur registret.` : `${member.name} återställdes till registret.`
    })
    return updated
  })
}

/** Soft delete: the member leaves the list ("Ta bort ur registret") and appears under Borttagna ur registret; periods stay untouched. */
export function archiveMember(db: KugghjulDatabase, memberId: string): Promise<MemberRecord> {
  return setArchived(db, memberId, true)
}

/** Undoes archiveMember. */
export function restoreMember(db: KugghjulDatabase, memberId: string): Promise<MemberRecord> {
  return setArchived(db, memberId, false)
}
