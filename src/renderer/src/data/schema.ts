/**
 * The database's schema history. Append-only: a released version is never
 * edited; a change adds the next version with an upgrade function, and a
 * migration test that opens data written by the version before it.
 */
import type { Transaction } from 'dexie'

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
    // Membership certificates (intyg). New table only. The number is unique, and so is the period:
    // one certificate per period, which a reprint reuses. code is indexed for Kontrollera intyg.
    version: 4,
    stores: {
      certificates: 'id, &number, code, &periodId, memberId, issuedAt'
    }
  }
]

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version
