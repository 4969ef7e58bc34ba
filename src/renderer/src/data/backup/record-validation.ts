import type { Table } from 'dexie'
import type { BackupRows } from './backup-format'
import { backupProblem, type BackupProblem } from './backup-problem'
import { recordRules } from './record-rules'
import { restoreContext } from './restore-context'
import { tableRules as registeredRules, type TableRule } from './table-rules'

/** What validation needs to know about a table of the database the backup will replace. */
export interface TableSchemaInfo {
  name: string
  primaryKey: string | string[]
  /** Key paths of the unique indexes (&orgNumber, &[memberId+number]). */
  unique: (string | string[])[]
}

export function schemaInfo(tables: readonly Table[]): TableSchemaInfo[] {
  return tables.map((t) => ({
    name: t.name,
    primaryKey: t.schema.primKey.keyPath ?? '',
    unique: t.schema.indexes.filter((i) => i.unique && i.keyPath).map((i) => i.keyPath!)
  }))
}

/**
 * Every row has the shape its table's rule asks for, no key or unique value
 * occurs twice, every reference points at a row that exists, and every record
 * passes the rules its form applies (record-rules.ts). Returns the first
 * problem found, or null when the rows may replace the register.
 */
export function validateRecords(
  tables: BackupRows,
  schema: readonly TableSchemaInfo[],
  rules: Readonly<Record<string, TableRule>> = registeredRules
): BackupProblem | null {
  const known = new Set(schema.map((s) => s.name))
  const unknown = Object.keys(tables).find((name) => !known.has(name))
  if (unknown) return backupProblem('unknown-table', unknown)
  const missing = schema.find((s) => !tables[s.name])
  if (missing) return backupProblem('damaged', `tabellen ${labelOf(missing.name, rules)} saknas`)

  const keys = new Map<string, Set<string>>()
  for (const table of schema) {
    const rows = tables[table.name]!
    const problem = checkRows(table, rows, rules[table.name], rules) ?? checkUnique(table, rows, rules, keys)
    if (problem) return problem
  }
  for (const table of schema) {
    const problem = checkReferences(table.name, tables[table.name]!, rules, keys)
    if (problem) return problem
  }
  return checkFormRules(tables, schema, rules)
}

function labelOf(table: string, rules: Readonly<Record<string, TableRule>>): string {
  return rules[table]?.label ?? table
}

function where(table: string, index: number, rules: Readonly<Record<string, TableRule>>): string {
  return `rad ${index + 1} i tabellen ${labelOf(table, rules)}`
}

function checkRows(
  table: TableSchemaInfo,
  rows: unknown[],
  rule: TableRule | undefined,
  rules: Readonly<Record<string, TableRule>>
): BackupProblem | null {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>
    const problem = rule?.record(row) ?? null
    if (problem) return backupProblem('invalid-record', `${where(table.name, i, rules)}: ${problem}`)
    const key = keyOf(row, table.primaryKey)
    if (key === undefined) return backupProblem('invalid-record', `${where(table.name, i, rules)} saknar nyckel`)
  }
  return null
}

function checkFormRules(
  tables: BackupRows,
  schema: readonly TableSchemaInfo[],
  rules: Readonly<Record<string, TableRule>>
): BackupProblem | null {
  const context = restoreContext(tables)
  for (const table of schema) {
    const check = recordRules[table.name]
    if (!check) continue
    const rows = tables[table.name]! as Record<string, unknown>[]
    for (let i = 0; i < rows.length; i++) {
      const problem = check(rows[i]!, context)
      if (problem)
        return backupProblem(
          'invalid-record',
          `${where(table.name, i, rules)}${nameOf(rows[i]!)}: ${problem.replace(/\.$/, '')}`
        )
    }
  }
  return null
}

/** " (Kalmar kommun)": the record's name or title, so the user can find it; '' when it has none. */
function nameOf(row: Record<string, unknown>): string {
  const name = [row.name, row.title].find((v): v is string => typeof v === 'string' && v.trim() !== '')
  return name ? ` (${name.slice(0, 80)})` : ''
}

/** The row's value at a key path as a comparable string; undefined when a part is missing or not a valid key. */
function keyOf(row: Record<string, unknown>, keyPath: string | string[]): string | undefined {
  const paths = Array.isArray(keyPath) ? keyPath : [keyPath]
  const parts: unknown[] = []
  for (const path of paths) {
    const value = path
      .split('.')
      .reduce<unknown>((v, p) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined), row)
    if (typeof value === 'string' ? value.length === 0 : typeof value !== 'number' || !Number.isFinite(value))
      return undefined
    parts.push(value)
  }
  return JSON.stringify(parts)
}

function checkUnique(
  table: TableSchemaInfo,
  rows: unknown[],
  rules: Readonly<Record<string, TableRule>>,
  keys: Map<string, Set<string>>
): BackupProblem | null {
  for (const keyPath of [table.primaryKey, ...table.unique]) {
    const seen = new Set<string>()
    for (let i = 0; i < rows.length; i++) {
      const key = keyOf(rows[i] as Record<string, unknown>, keyPath)
      if (key === undefined) continue // IndexedDB does not index a missing value
      if (seen.has(key))
        return backupProblem(
          'duplicate-key',
          `${where(table.name, i, rules)} har samma ${[keyPath].flat().join(' + ')} som en tidigare rad`
        )
      seen.add(key)
    }
    if (keyPath === table.primaryKey) keys.set(table.name, seen)
  }
  return null
}

function checkReferences(
  tableName: string,
  rows: unknown[],
  rules: Readonly<Record<string, TableRule>>,
  keys: Map<string, Set<string>>
): BackupProblem | null {
  for (const ref of rules[tableName]?.references ?? []) {
    const targets = keys.get(ref.table) ?? new Set<string>()
    for (let i = 0; i < rows.length; i++) {
      const value = (rows[i] as Record<string, unknown>)[ref.field]
      if ((value === null || value === undefined) && ref.optional) continue
      const ids = Array.isArray(value) ? value : [value]
      const dangling = ids.findIndex((id) => !targets.has(JSON.stringify([id])))
      if (dangling >= 0) {
        const id = String(ids[dangling]).slice(0, 60)
        return backupProblem(
          'broken-reference',
          `${where(tableName, i, rules)} pekar på ${ref.target} som inte finns i filen (${ref.field} ${id})`
        )
      }
    }
  }
  return null
}
