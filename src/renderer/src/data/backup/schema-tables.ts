import type { SchemaVersion } from '../schema'

/** The tables a database has at `version` of the schema history (a later `null` store deletes a table). */
export function tablesAtVersion(versions: readonly SchemaVersion[], version: number): string[] {
  const tables = new Set<string>()
  for (const v of versions) {
    if (v.version > version) break
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) tables.delete(name)
      else tables.add(name)
    }
  }
  return [...tables].sort()
}
