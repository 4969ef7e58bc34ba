import type { Member } from '@/domain/members/member'
import {
  reviewMemberImport,
  type ExistingOrgNumber,
  type MemberImportRow,
  type ReviewedImportRow
} from '@/domain/members/member-import-review'
import { createPeriod, type MembershipPeriod } from '@/domain/members/membership-period'
import { recordAudit } from './audit-log'
import { newId, nowIso, type KugghjulDatabase } from './database'
import { failed, type WriteResult } from './member-register-errors'
import { memberRecord, periodSpan } from './member-repository'
import type { AuditEntry, MemberRecord, MembershipPeriodRecord } from './records'
import { writeTransaction } from './write-transaction'

/** Orgnr → who has it, for reviewMemberImport in the import preview. */
export async function loadExistingOrgNumbers(db: KugghjulDatabase): Promise<Map<string, ExistingOrgNumber>> {
  const members = await db.members.toArray()
  return new Map(members.map((m) => [m.orgNumber, { name: m.name, archived: m.archivedAt !== null }]))
}

export interface MemberImportResult {
  /** Stored on every member and period the import wrote. */
  batchId: string
  imported: { member: Member; period: MembershipPeriod }[]
}

/** The rows that stopped an import, with their Swedish problems. */
export type MemberImportErrors = Extract<ReviewedImportRow, { ok: false }>[]

/**
 * The commit step of a member import: adds every row as a member with its
 * first period, in one transaction — all rows or none. The rows are checked
 * again against the register as it is now; if any row has a problem nothing
 * is written and the problems are returned. Pass only the rows the preview
 * accepted.
 */
export async function importMembers(
  db: KugghjulDatabase,
  rows: readonly MemberImportRow[],
  source: { fileName: string; today: string }
): Promise<WriteResult<MemberImportResult, MemberImportErrors>> {
  return writeTransaction(db, [db.members, db.membershipPeriods, db.auditLog], async () => {
    const reviewed = reviewMemberImport(rows, await loadExistingOrgNumbers(db), source.today)
    const problems = reviewed.filter((r): r is Extract<ReviewedImportRow, { ok: false }> => !r.ok)
    if (problems.length > 0) return failed(problems)

    const batchId = newId()
    const now = nowIso()
    const members: MemberRecord[] = []
    const periods: MembershipPeriodRecord[] = []
    const entries: AuditEntry[] = []
    for (const row of reviewed) {
      if (!row.ok) continue
      const member = memberRecord(newId(), row.fields, now, { importBatchId: batchId })
      const period = createPeriod({ id: newId(), memberId: member.id, decision: row.decision })
      members.push(member)
      periods.push({ ...period, createdAt: now, updatedAt: now, importBatchId: batchId })
      const summary = `${member.name} (${member.orgNumber}) importerades från ${source.fileName}: ${periodSpan(period)}.`
      entries.push({ id: newId(), at: now, entityType: 'member', entityId: member.id, action: 'import', summary })
    }
    await db.members.bulkAdd(members)
    await db.membershipPeriods.bulkAdd(periods)
    await db.auditLog.bulkAdd(entries)
    await recordAudit(db, {
      entityType: 'memberImport',
      entityId: batchId,
      action: 'import',
      summary: `Importerade ${members.length} verksamheter från ${source.fileName}.`
    })
    return { ok: true, value: { batchId, imported: members.map((member, i) => ({ member, period: periods[i]! })) } }
  })
}
