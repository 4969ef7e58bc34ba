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
  }
]

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version
