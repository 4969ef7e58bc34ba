import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { exportBackup } from '@/data/backup/backup-export'
import { checkFormatAndChecksum, type FormatStep } from '@/data/backup/backup-format-migration'
import { checkStructure } from '@/data/backup/backup-structure'
import { validateBackup } from '@/data/backup/backup-validation'
import { tableRules } from '@/data/backup/table-rules'
import { sha256Hex } from '@/shared/sha256'
import { freshDatabase } from '../fresh-database'
import { fileObject, fillRegister, resigned, toBytes } from './sample-register'

async function validFile() {
  const db = freshDatabase()
  await fillRegister(db, 4)
  return { db, file: fileObject((await exportBackup(db, { appVersion: '0.1.0' })).bytes) }
}

async function problemOf(bytes: Uint8Array) {
  const result = await validateBackup(freshDatabase(), bytes)
  if (result.ok) throw new Error('expected a refusal')
  return result.problem
}

describe('backup validation', () => {
  it('accepts a file exactly as exported, also pretty-printed or with its keys reordered', async () => {
    const { db, file } = await validFile()
    expect((await validateBackup(db, toBytes(file))).ok).toBe(true)
    expect((await validateBackup(db, toBytes(JSON.stringify(file, null, 2)))).ok).toBe(true)
    const reordered = Object.fromEntries(Object.entries(file).reverse())
    expect((await validateBackup(db, toBytes(reordered))).ok).toBe(true)
  })

  it('refuses an edited count even though the rows are intact', async () => {
    const { file } = await validFile()
    expect((await problemOf(toBytes({ ...file, counts: { ...(file.counts as object), members: 3 } }))).code).toBe(
      'checksum'
    )
  })

  it('refuses counts that do not match the rows', async () => {
    const { file } = await validFile()
    const problem = await problemOf(await resigned({ ...file, counts: { ...(file.counts as object), members: 3 } }))
    expect(problem).toMatchObject({ code: 'damaged' })
    expect(problem.message).toMatch(/tabellen members har 4 rader men filen anger 3/)
  })

  it.each([
    [
      'a period without its member',
      (t: Record<string, Record<string, unknown>[]>) => void (t.members = t.members!.slice(1)),
      'broken-reference'
    ],
    [
      'two members with one orgnr',
      (t: Record<string, Record<string, unknown>[]>) => void (t.members![1]!.orgNumber = t.members![0]!.orgNumber),
      'duplicate-key'
    ],
    [
      'two rows with one id',
      (t: Record<string, Record<string, unknown>[]>) => void t.auditLog!.push({ ...t.auditLog![0]! }),
      'duplicate-key'
    ],
    [
      'a member type that does not exist',
      (t: Record<string, Record<string, unknown>[]>) => void (t.members![0]!.type = 'sect'),
      'invalid-record'
    ],
    [
      'a period number as text',
      (t: Record<string, Record<string, unknown>[]>) => void (t.membershipPeriods![0]!.number = '1'),
      'invalid-record'
    ],
    [
      'a row without key',
      (t: Record<string, Record<string, unknown>[]>) => void delete t.settings![0]!.key,
      'invalid-record'
    ],
    [
      'a table Kugghjul does not have',
      (t: Record<string, Record<string, unknown>[]>) => void (t.secrets = []),
      'unknown-table'
    ],
    ['a missing table', (t: Record<string, Record<string, unknown>[]>) => void delete t.settings, 'damaged']
  ])('refuses %s', async (_what, edit, code) => {
    const { file } = await validFile()
    edit(file.tables)
    file.counts = Object.fromEntries(Object.entries(file.tables).map(([name, rows]) => [name, rows.length]))
    expect((await problemOf(await resigned(file))).code).toBe(code)
  })

  it('names the row and field in the message', async () => {
    const { file } = await validFile()
    file.tables.membershipPeriods![1]!.decisionDate = '15/3 2024'
    expect((await problemOf(await resigned(file))).message).toMatch(
      /^Säkerhetskopian innehåller en felaktig uppgift: rad 2 i tabellen Anslutningsperioder: fältet decisionDate är inget datum/
    )
  })

  it('migrates an older file format through its registered step, checking the old checksum rule', async () => {
    const { file } = await validFile()
    // A made-up history: format 1 kept the rows under "data" and hashed only them; format 2 is current.
    const { tables, ...header } = file
    const step: FormatStep = {
      checksum: (raw) => sha256Hex(JSON.stringify(raw.data)),
      upgrade: ({ data, ...rest }) => ({ ...rest, tables: data })
    }
    const old = { ...header, formatVersion: 1, data: tables, sha256: await sha256Hex(JSON.stringify(tables)) }
    const result = await checkFormatAndChecksum(old, { 1: step }, 2)
    if (!result.ok) throw new Error(result.problem.message)
    expect(result.raw.formatVersion).toBe(2)
    expect(checkStructure(result.raw).ok).toBe(true)

    const tampered = await checkFormatAndChecksum({ ...old, data: { ...tables, settings: [] } }, { 1: step }, 2)
    expect(tampered.ok ? '' : tampered.problem.code).toBe('checksum')
    const unknown = await checkFormatAndChecksum(old, {}, 2)
    expect(unknown.ok ? '' : unknown.problem.code).toBe('damaged')
  })

  it('has a rule for every table, and every table keeps its key inside the row (so a backup holds it)', () => {
    const db = freshDatabase()
    for (const table of db.tables) {
      expect(tableRules[table.name], `add a rule for ${table.name} in data/backup/table-rules.ts`).toBeDefined()
      expect(table.schema.primKey.keyPath, `${table.name} needs an inbound primary key`).toBeTruthy()
    }
  })
})
