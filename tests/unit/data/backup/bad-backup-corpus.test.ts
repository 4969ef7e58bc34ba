import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { restoreBackup } from '@/data/backup/backup-restore'
import { diffDumps, dumpDatabase } from '@/data/backup/database-dump'
import { freshDatabase } from '../fresh-database'
import { fillRegister } from './sample-register'

const folder = join(import.meta.dirname, '../../../fixtures/bad')

/** Each bad file (made by backup-fixtures-generator.ts), what the user is told, and the code behind it. */
const corpus: [file: string, code: string, message: RegExp][] = [
  ['backup-wrong-checksum.json', 'checksum', /har ändrats eller skadats.*kontrollsumman/],
  ['backup-newer-format.json', 'newer-format', /nyare version av Kugghjul.*Uppdatera Kugghjul/],
  ['backup-newer-schema.json', 'newer-schema', /nyare version av Kugghjul.*Uppdatera Kugghjul/],
  ['backup-truncated.json', 'truncated', /ofullständig: filen tar slut/],
  ['backup-foreign.json', 'foreign', /ingen säkerhetskopia från Kugghjul.*annat program/],
  ['backup-empty.json', 'empty', /Filen är tom/],
  ['backup-renamed-spreadsheet.json', 'wrong-kind', /^Det här är en Excel-arbetsbok\. Det är ingen säkerhetskopia/],
  ['../wrong-kind/lagesrapport.docx', 'wrong-kind', /^Det här är ett Word-dokument\. Det är ingen säkerhetskopia/],
  ['../county-logo.png', 'wrong-kind', /^Det här är en bild\. .*Välj en fil som Kugghjul har sparat/],
  [
    'backup-huge-text-field.json',
    'invalid-record',
    /Anslutna verksamheter: fältet name är 350000 tecken lång \(högst 200\)/
  ],
  ['backup-orphan-period.json', 'broken-reference', /Anslutningsperioder pekar på en verksamhet som inte finns/]
]

describe('bad backup files', () => {
  it.each(corpus)('%s is refused with a clear message and the register unchanged', async (file, code, message) => {
    const db = freshDatabase()
    await fillRegister(db, 5)
    const before = await dumpDatabase(db)
    let keptSafetyBackup = false
    const result = await restoreBackup(db, readFileSync(join(folder, file)), {
      appVersion: '0.1.0',
      keepSafetyBackup: async () => void (keptSafetyBackup = true)
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problem.code).toBe(code)
    expect(result.problem.message).toMatch(message)
    expect(result.problem.message).toContain('Inget har ändrats i registret.')
    expect(result.problem.message.length).toBeLessThan(600)
    expect(keptSafetyBackup).toBe(false)
    expect(diffDumps(before, await dumpDatabase(db))).toEqual([])
  })
})
