import type { MemberDraft } from './member'
import { validateMemberDraft, type ValidMemberFields } from './member-validation'
import { validateDecision, type Decision } from './membership-period'

/** One spreadsheet row after column mapping: the member and the decision of its first period. */
export interface MemberImportRow {
  draft: MemberDraft
  decision: Decision
  /** The row's number in the spreadsheet, for messages; defaults to its position + 1. */
  rowNumber?: number
}

export type ReviewedImportRow =
  | { index: number; ok: true; fields: ValidMemberFields; decision: Decision }
  | { index: number; ok: false; problems: string[] }

/** A member already in the register, as the duplicate check needs it. */
export interface ExistingOrgNumber {
  name: string
  archived: boolean
}

/** The message for an orgnr that is already taken, naming who has it. */
export function duplicateOrgNumberMessage(orgNumber: string, existing: ExistingOrgNumber): string {
  return existing.archived
    ? `Organisationsnumret ${orgNumber} finns redan hos "${existing.name}", som är borttagen ur registret. Återställ den under Borttagna ur registret i stället för att lägga till den igen.`
    : `Organisationsnumret ${orgNumber} finns redan hos "${existing.name}". Öppna den verksamheten i stället för att lägga till den igen.`
}

/**
 * Checks every row of an import before anything is written: member fields,
 * decision, and orgnr not already in the register nor earlier in the file.
 * The preview shows the problems; the commit step imports the ok rows.
 */
export function reviewMemberImport(
  rows: readonly MemberImportRow[],
  existing: ReadonlyMap<string, ExistingOrgNumber>,
  today: string
): ReviewedImportRow[] {
  const firstRowByOrgNumber = new Map<string, number>()
  return rows.map((row, index) => {
    const member = validateMemberDraft(row.draft)
    const decision = validateDecision(row.decision, today)
    const problems = [
      ...(member.ok ? [] : Object.values(member.errors).filter((e): e is string => typeof e === 'string')),
      ...(member.ok || !member.errors.contactPersons
        ? []
        : Object.values(member.errors.contactPersons).flatMap((c) => Object.values(c))),
      ...(decision.ok ? [] : Object.values(decision.errors))
    ]
    if (member.ok) {
      const orgNumber = member.fields.orgNumber
      const taken = existing.get(orgNumber)
      const earlier = firstRowByOrgNumber.get(orgNumber)
      if (taken) problems.push(duplicateOrgNumberMessage(orgNumber, taken))
      else if (earlier !== undefined)
        problems.push(
          `Organisationsnumret ${orgNumber} står redan på rad ${rows[earlier]?.rowNumber ?? earlier + 1} i filen. Ta bort den ena raden.`
        )
      else firstRowByOrgNumber.set(orgNumber, index)
    }
    if (problems.length > 0 || !member.ok || !decision.ok) return { index, ok: false, problems }
    return { index, ok: true, fields: member.fields, decision: decision.decision }
  })
}
