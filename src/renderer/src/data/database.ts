import Dexie, { type Table } from 'dexie'
import type {
  ActionPlanRecord,
  AnonymisedContactPersonRecord,
  ActionRecord,
  AttendanceRecord,
  AuditEntry,
  CertificateRecord,
  DialogueRecord,
  EvaluationRecord,
  EventRecord,
  EventRegistrationRecord,
  MemberRecord,
  MembershipPeriodRecord,
  NetworkRecord,
  NonMemberAttendanceRecord,
  SettingRecord
} from './records'
import type { DatasetRecord, ImportBatchRecord, SeriesRecord } from './statistics/statistics-records'
import { schemaVersions, type SchemaVersion } from './schema'

export const DATABASE_NAME = 'kugghjul'

export class KugghjulDatabase extends Dexie {
  settings!: Table<SettingRecord, string>
  auditLog!: Table<AuditEntry, string>
  members!: Table<MemberRecord, string>
  membershipPeriods!: Table<MembershipPeriodRecord, string>
  certificates!: Table<CertificateRecord, string>
  importBatches!: Table<ImportBatchRecord, string>
  datasets!: Table<DatasetRecord, string>
  series!: Table<SeriesRecord, string>
  dialogues!: Table<DialogueRecord, string>
  actionPlans!: Table<ActionPlanRecord, string>
  actions!: Table<ActionRecord, string>
  events!: Table<EventRecord, string>
  attendance!: Table<AttendanceRecord, string>
  nonMemberAttendance!: Table<NonMemberAttendanceRecord, string>
  eventRegistrations!: Table<EventRegistrationRecord, string>
  networks!: Table<NetworkRecord, string>
  evaluations!: Table<EvaluationRecord, string>
  anonymisedContactPersons!: Table<AnonymisedContactPersonRecord, string>

  /** `versions` is the full history by default; migration tests open a prefix of it. */
  constructor(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = schemaVersions) {
    // 'strict' makes Chromium flush each transaction to disk before reporting success.
    super(name, { chromeTransactionDurability: 'strict' })
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores)
      if (v.upgrade) version.upgrade(v.upgrade)
    }
  }
}

export function newId(): string {
  return crypto.randomUUID()
}

const wallClock = (): Date => new Date()
let clock: () => Date = wallClock

/** The time every repository stamps records and audit entries with; read from one clock so tests can set it (setClock). */
export function nowIso(): string {
  return clock().toISOString()
}

/** Replaces the clock nowIso reads; `null` puts the wall clock back. */
export function setClock(next: (() => Date) | null): void {
  clock = next ?? wallClock
}
