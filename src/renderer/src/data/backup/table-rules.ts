import { memberTypes } from '@/domain/members/member-type'
import {
  anything,
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
import { statisticsTableRules } from './statistics-table-rules'
import { memberWorkTableRules } from './member-work-table-rules'
import { evaluationTableRules } from './evaluation-table-rules'
import { eventRegistrationTableRules } from './event-registration-table-rules'

/**
 * What a row of each table must look like before a backup may replace the
 * register, and which other rows it points at. This is the one place to
 * register a new table: add its rule when you add it to schema.ts (a test
 * fails until every table has one). References name a field holding the key
 * (or a list of keys) of a row in another table, e.g. action → actionPlan.
 */
export interface TableRule {
  /** Swedish, for messages: "i tabellen Verksamheter". */
  label: string
  record: Check
  references?: readonly TableReference[]
}

export interface TableReference {
  field: string
  table: string
  /** Swedish, completes "… pekar på …": e.g. 'en verksamhet'. */
  target: string
  /** The field may be null or missing. */
  optional?: boolean
}

const timestamps = { createdAt: timestamp, updatedAt: timestamp }
const importBatchId = optional(text(100))
const auditActions = ['create', 'update', 'archive', 'restore', 'delete', 'import', 'issue'] as const

const contactPerson = object({
  id: nonEmptyText(100),
  name: text(200),
  role: text(200),
  email: text(320),
  phone: text(60)
})

const welcomePackage = object({
  certificateIssuedOn: nullable(isoDate),
  logoSentOn: nullable(isoDate),
  leadershipBriefingOfferedOn: nullable(isoDate),
  leadershipBriefingHeldOn: nullable(isoDate)
})

export const tableRules: Readonly<Record<string, TableRule>> = {
  // Datasets, series and import batches (schema version 5).
  ...statisticsTableRules,
  // Dialogues, action plans, actions, events, attendance and networks (schema version 3).
  ...memberWorkTableRules,
  // Evaluations (schema version 6).
  ...evaluationTableRules,
  // Registrations for events (schema version 10).
  ...eventRegistrationTableRules,
  settings: {
    label: 'Inställningar',
    // The value is whatever the setting holds (the county profile with its logo); its size is bounded by the file limit.
    record: object({ key: nonEmptyText(100), value: anything, ...timestamps })
  },
  auditLog: {
    label: 'Händelselogg',
    record: object({
      id: nonEmptyText(100),
      at: timestamp,
      entityType: nonEmptyText(100),
      entityId: nonEmptyText(100),
      action: oneOf(auditActions),
      summary: text(20_000)
    })
  },
  members: {
    label: 'Anslutna verksamheter',
    record: object({
      id: nonEmptyText(100),
      name: nonEmptyText(200),
      orgNumber: (v) =>
        typeof v === 'string' && /^\d{6}-\d{4}$/.test(v) ? null : 'är inget organisationsnummer (NNNNNN-NNNN)',
      type: oneOf(memberTypes),
      municipalityCode: nullable((v) => (typeof v === 'string' && /^\d{4}$/.test(v) ? null : 'är ingen kommunkod')),
      streetAddress: text(200),
      postalCode: text(20),
      postalTown: text(100),
      website: text(500),
      contactPersons: list(contactPerson, 100),
      archivedAt: nullable(timestamp),
      importBatchId,
      ...timestamps
    })
  },
  membershipPeriods: {
    label: 'Anslutningsperioder',
    record: object({
      id: nonEmptyText(100),
      memberId: nonEmptyText(100),
      number: integer(1, 1000),
      decisionDate: isoDate,
      decisionReference: text(200),
      decidedBy: text(200),
      // The länsstyrelse's diarienummer (issue 13); absent on periods saved before it could be typed.
      countyCaseNumber: optional(text(200)),
      startDate: isoDate,
      endDate: isoDate,
      welcomePackage,
      ending: nullable(object({ endedOn: isoDate, reason: text(1000) })),
      importBatchId,
      ...timestamps
    }),
    references: [{ field: 'memberId', table: 'members', target: 'en verksamhet' }]
  },
  certificates: {
    label: 'Intyg',
    record: object({
      id: nonEmptyText(100),
      number: (v) =>
        typeof v === 'string' && /^[A-Z]{1,2}-\d{4}-\d{3,}$/.test(v)
          ? null
          : 'är inget intygsnummer (t.ex. H-2026-014)',
      code: (v) =>
        typeof v === 'string' && /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/.test(v)
          ? null
          : 'är ingen kontrollkod (t.ex. K7QM-2XRP-9D)',
      memberId: nonEmptyText(100),
      periodId: nonEmptyText(100),
      periodNumber: integer(1, 1000),
      issuedAt: timestamp,
      issuedOn: isoDate,
      content: object({
        number: nonEmptyText(20),
        orgNumber: nonEmptyText(20),
        memberName: nonEmptyText(200),
        periodStartDate: isoDate,
        periodEndDate: isoDate,
        decisionDate: isoDate,
        countyCode: nonEmptyText(2),
        strategyName: text(200),
        strategyStartYear: integer(2000, 2100),
        strategyEndYear: integer(2000, 2100)
      }),
      signatory: object({ name: text(120), title: text(120) }),
      ...timestamps
    }),
    references: [
      { field: 'memberId', table: 'members', target: 'en verksamhet' },
      { field: 'periodId', table: 'membershipPeriods', target: 'en anslutningsperiod' }
    ]
  },
  anonymisedContactPersons: {
    label: 'Anonymiserade kontaktpersoner',
    // No reference to members: the list outlives members that are removed (an undone import), and an
    // entry whose member is missing is simply not applied.
    record: object({
      personId: nonEmptyText(300),
      memberId: nonEmptyText(100),
      anonymisedAt: timestamp,
      kind: optional(oneOf(['dialogueParticipant', 'actionResponsible'])),
      recordId: optional(nonEmptyText(100)),
      fingerprint: optional(nonEmptyText(64))
    })
  }
}
