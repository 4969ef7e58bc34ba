import { evaluationStatuses } from '@/domain/evaluation/evaluation'
import {
  integer,
  isoDate,
  list,
  nonEmptyText,
  nullable,
  object,
  oneOf,
  optional,
  text,
  timestamp,
  type Check
} from './record-shape'
import type { TableRule } from './table-rules'

/** Backup rules for the evaluations table (schema version 6); see table-rules.ts. */
const id = nonEmptyText(100)

const subject: Check = (v) => {
  const kind = (v as { kind?: unknown } | null)?.kind
  if (kind === 'goal') return object({ goal: integer(1, 6) })(v)
  if (kind === 'focusArea') return object({ focusAreaId: id })(v)
  return 'är varken ett delmål eller ett av länets områden'
}

const assessment = object({ subject, level: nullable(integer(1, 3)), comment: text(4000) })

/** A draft may hold a decision typed only in part, so its dates are free text here; a completed one is checked by the domain. */
const decision: Check = (v) => {
  const outcome = (v as { outcome?: unknown } | null)?.outcome
  if (outcome === 'renew')
    return object({
      decisionDate: text(20),
      decisionReference: text(200),
      decidedBy: text(200),
      countyCaseNumber: optional(text(200))
    })(v)
  if (outcome === 'end') return object({ endedOn: text(20), reason: text(1000) })(v)
  return 'är varken förnya eller avsluta'
}

export const evaluationTableRules: Readonly<Record<string, TableRule>> = {
  evaluations: {
    label: 'Utvärderingar',
    record: object({
      id,
      memberId: id,
      periodId: id,
      status: oneOf(evaluationStatuses),
      assessments: list(assessment, 1000),
      conclusions: text(20_000),
      decision: nullable(decision),
      decidedAt: nullable(isoDate),
      nextPeriodId: nullable(id),
      // The länsstyrelse's diarienummer (issue 13); absent on evaluations saved before it could be typed.
      countyCaseNumber: optional(text(200)),
      createdAt: timestamp,
      updatedAt: timestamp
    }),
    references: [
      { field: 'memberId', table: 'members', target: 'en verksamhet' },
      { field: 'periodId', table: 'membershipPeriods', target: 'en anslutningsperiod' },
      { field: 'nextPeriodId', table: 'membershipPeriods', target: 'en anslutningsperiod', optional: true }
    ]
  }
}
