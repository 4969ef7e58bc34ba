/**
 * The database's schema history. Append-only: a released version is never
 * edited; a change adds the next version with an upgrade function, and a
 * migration test that opens data written by the version before it.
 */
import type { Transaction } from 'dexie'
import type { CountyProfile } from '@/domain/county-profile'
import type {
  AnonymisedContactPersonRecord,
  AttendanceRecord,
  DialogueRecord,
  MemberRecord,
  SettingRecord
} from './records'
import { isAnonymised } from './privacy/contact-persons'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'key',
      auditLog: 'id, at, [entityType+entityId]'
    }
  },
  {
    // The member register. New tables only, so no upgrade function; Dexie keeps the version 1 tables.
    // orgNumber is unique (also across archived members); a period number is unique per member.
    version: 2,
    stores: {
      members: 'id, &orgNumber, type, municipalityCode, importBatchId',
      membershipPeriods: 'id, memberId, &[memberId+number], endDate, decisionDate, importBatchId'
    }
  },
  {
    // Dialogues, action plans and actions, the årshjul (events and attendance) and networks. New tables only.
    // [memberId+periodId] serves a member's detail page and the plan of a period (unique: one plan per
    // period); date serves the year view and date ranges; attendance is unique per event and member.
    version: 3,
    stores: {
      dialogues: 'id, memberId, periodId, [memberId+periodId], date',
      actionPlans: 'id, &[memberId+periodId], memberId, periodId',
      actions: 'id, actionPlanId, memberId, periodId, [memberId+periodId]',
      events: 'id, date, networkId, *invitedMemberIds, *invitedNetworkIds',
      attendance: 'id, &[eventId+memberId], eventId, memberId',
      networks: 'id, *memberIds'
    }
  },
  {
    // Membership certificates (intyg). New table only. The number is unique, and so is the period:
    // one certificate per period, which a reprint reuses. code is indexed for Kontrollera intyg.
    version: 4,
    stores: {
      certificates: 'id, &number, code, &periodId, memberId, issuedAt'
    }
  },
  {
    // Imported statistics (Statistik): datasets, wide series (one per dataset × measure × region, DESIGN.md
    // "Data") and the import batches that wrote them. New tables only. Every dataset and series carries its
    // importBatchId so an import is undone in one step; a batch is found by the file's sha256 (unique: the
    // same file twice is refused, or replaced in one transaction). [datasetId+measure] serves the measure
    // view, [measure+regionCode] a member's key measures.
    version: 5,
    stores: {
      importBatches: 'id, &sha256, importedAt',
      datasets: 'id, importBatchId',
      series: 'id, datasetId, [datasetId+measure], [measure+regionCode], regionCode, importBatchId'
    }
  },
  {
    // Evaluations (utvärdering) of membership periods. New table only. One evaluation per period (unique);
    // memberId serves the member's page, status the list of drafts.
    version: 6,
    stores: {
      evaluations: 'id, memberId, &periodId, status'
    }
  },
  {
    // The list of anonymised contact persons (GDPR), keyed by the person's id. No personal data. A restore keeps this table and anonymises the listed persons again, so an
    // older backup cannot bring a name back (docs/data-safety.md). The upgrade lists the contact persons
    // already anonymised; when is not recorded before this version, so they carry the time of the upgrade.
    version: 7,
    stores: {
      anonymisedContactPersons: 'personId'
    },
    upgrade: async (tx) => {
      const anonymisedAt = new Date().toISOString()
      const rows: AnonymisedContactPersonRecord[] = []
      await tx
        .table<MemberRecord>('members')
        .each((member) =>
          member.contactPersons
            .filter(isAnonymised)
            .forEach((person) => rows.push({ personId: person.id, memberId: member.id, anonymisedAt }))
        )
      await tx.table<AnonymisedContactPersonRecord>('anonymisedContactPersons').bulkPut(rows)
    }
  },
  {
    // Everyone who came (issue 13): attendance counts four groups, and open events count people from no
    // member organisation (nonMemberAttendance, by event). A dialogue can be booked ahead (status planned).
    // The upgrade moves the old "annat eller ej angivet" counts to "uppgift saknas" (nobody can tell which of
    // the two they were) and marks every existing dialogue as held: before this version only held ones existed.
    version: 8,
    stores: {
      nonMemberAttendance: 'id, eventId'
    },
    upgrade: async (tx) => {
      await tx
        .table<AttendanceRecord & { otherOrNotStated?: number }>('attendance')
        .toCollection()
        .modify((row) => {
          row.unknown = row.otherOrNotStated ?? 0
          row.nonBinary = 0
          delete row.otherOrNotStated
        })
      await tx
        .table<DialogueRecord>('dialogues')
        .toCollection()
        .modify((row) => {
          row.status = 'held'
        })
    }
  },
  {
    // Statistics series keep only the indexes a query uses (issue 16): `datasetId` alone is the prefix of
    // [datasetId+measure], and nothing looks series up by `regionCode` alone ([measure+regionCode] serves the
    // region queries). Fewer indexes make an import's write cheaper. Dexie rebuilds the table's indexes; no data changes.
    version: 9,
    stores: {
      series: 'id, [datasetId+measure], [measure+regionCode], importBatchId'
    }
  },
  {
    // Invitation status (issue 13): an invited member's registration (anmälan) for an event, unique per event and
    // member. New table only. "Deltog" is not stored here: it is the member's attendance row, so the two agree.
    version: 10,
    stores: {
      eventRegistrations: 'id, &[eventId+memberId], eventId'
    }
  },
  {
    // A county's own strategy (issue 13 §5): the county profile keeps its earlier strategies beside the current one
    // (still the profile's name and years) and the perspectives its strategy uses. The upgrade gives a stored
    // profile an empty list of earlier strategies, so its one strategy is the current one, and no perspectives.
    // No table or index changes.
    version: 11,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table<SettingRecord<Partial<CountyProfile>>>('settings')
        .where('key')
        .equals('countyProfile')
        .modify((row) => {
          row.value.earlierStrategies ??= []
          row.value.perspectives ??= []
        })
    }
  }
]

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version
