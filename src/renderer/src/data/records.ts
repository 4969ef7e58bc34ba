/** Shapes of the rows stored in IndexedDB. Every row has createdAt and updatedAt (ISO timestamps). */
import type { Action } from '@/domain/action-plans/action'
import type { ActionPlan } from '@/domain/action-plans/action-plan'
import type { Attendance, NonMemberAttendance } from '@/domain/calendar/attendance'
import type { CalendarEvent } from '@/domain/calendar/calendar-event'
import type { EventRegistration } from '@/domain/calendar/invitations'
import type { Certificate } from '@/domain/certificates/certificate'
import type { Dialogue } from '@/domain/dialogues/dialogue'
import type { Evaluation } from '@/domain/evaluation/evaluation'
import type { Member } from '@/domain/members/member'
import type { MembershipPeriod } from '@/domain/members/membership-period'
import type { Network } from '@/domain/networks/network'

export interface Timestamps {
  createdAt: string
  updatedAt: string
}

export interface SettingRecord<T = unknown> extends Timestamps {
  key: string
  value: T
}

export type AuditAction = 'create' | 'update' | 'archive' | 'restore' | 'delete' | 'import' | 'issue'

/**
 * What an audit entry is about. Everything that happens to a member or its
 * periods is logged under 'member' with the member's id, so one query gives a
 * member's history; 'memberImport' is one entry per import batch; 'backup'
 * is a restore from a backup file (entityId: the file's sha256); 'certificate'
 * is the issue of an intyg (entityId: the certificate's id). A member's
 * 'dialogue', 'actionPlan' and 'action' entries carry the member's id, so one
 * query gives the member's work, deleted items included; 'event' (with its
 * attendance) and 'network' carry the event's or network's id.
 * 'statisticsImport' is an import (or its undo) of a statistics file (entityId: the import batch's id).
 * 'evaluation' is a draft saved or an evaluation completed with its decision (entityId: the member's id).
 */
export type AuditEntityType =
  | 'countyProfile'
  | 'preferences'
  | 'member'
  | 'memberImport'
  | 'backup'
  | 'certificate'
  | 'dialogue'
  | 'actionPlan'
  | 'action'
  | 'event'
  | 'network'
  | 'statisticsImport'
  | 'evaluation'

export interface AuditEntry {
  id: string
  at: string
  entityType: AuditEntityType
  entityId: string
  action: AuditAction
  summary: string
}

export interface MemberRecord extends Member, Timestamps {
  /** The import batch that created the member, so an import can be traced (and later undone) as one. */
  importBatchId?: string
}

export type MembershipPeriodRecord = MembershipPeriod & Timestamps & { importBatchId?: string }

export type CertificateRecord = Certificate & Timestamps

export type DialogueRecord = Dialogue & Timestamps
export type ActionPlanRecord = ActionPlan & Timestamps
export type ActionRecord = Action & Timestamps
export type EventRecord = CalendarEvent & Timestamps
/** No total: it is always the sum of the four groups (attendanceTotal). */
export type AttendanceRecord = Attendance & Timestamps
/** People from no member organisation at an event (schema version 8). */
export type NonMemberAttendanceRecord = NonMemberAttendance & Timestamps
/** An invited member's registration (anmälan) for an event (schema version 10). */
export type EventRegistrationRecord = EventRegistration & Timestamps
export type NetworkRecord = Network & Timestamps

/** Statistics (schema version 5). */
export type { DatasetRecord, ImportBatchRecord, SeriesRecord } from './statistics/statistics-records'

/** Evaluations (schema version 6). */
export type EvaluationRecord = Evaluation & Timestamps

/**
 * A contact person who has been anonymised (schema version 7). Holds no
 * personal data: which person of which member, and when. Like an audit
 * entry it is written once and never changed, so it has no updatedAt. A
 * restore keeps these rows and anonymises the persons again
 * (privacy/contact-person-anonymisation.ts).
 */
export interface AnonymisedContactPersonRecord {
  /** The contact person's id (ContactPerson.id), stable across edits of the member; for the other kinds `<kind>:<recordId>:<fingerprint>`. */
  personId: string
  memberId: string
  anonymisedAt: string
  /**
   * Left out for a contact person. A dialogue participant or an action
   * responsible has no id of its own: the row names the dialogue or action
   * (recordId) and a fingerprint of the name in it (personFingerprint), so a
   * restored older copy of that record is recognised without keeping the
   * name. Same table, no schema change: nothing new is indexed.
   */
  kind?: 'dialogueParticipant' | 'actionResponsible'
  recordId?: string
  fingerprint?: string
}
