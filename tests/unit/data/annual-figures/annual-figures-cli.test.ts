import 'fake-indexeddb/auto' // before Dexie loads, so it finds the in-memory IndexedDB
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadAnnualFiguresInput } from '@/data/annual-figures-loader'
import { annualFigures } from '@/domain/annual-figures/annual-figures'
import { annualFiguresJson } from '@/domain/annual-figures/annual-figures-json'
import { freshDatabase } from '../fresh-database'
import { expected2026 } from '../../domain/annual-figures/annual-register'
import { annualRegisterBackup } from './annual-register-backup'

const repoRoot = resolve(__dirname, '../../../..')
const folder = mkdtempSync(join(tmpdir(), 'annual-figures-'))

/** Runs `npm run --silent annual-figures -- …` the way the package script does (tsx on scripts/annual-figures.ts). */
function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const tsx = resolve(repoRoot, 'node_modules/.bin/tsx')
  const result = spawnSync(tsx, ['--tsconfig', 'tsconfig.json', 'scripts/annual-figures.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

// Each case starts tsx in a child process (about a second, more on a busy machine): not a timing check.
describe('npm run annual-figures', { timeout: 60_000 }, () => {
  const backup = join(folder, 'kugghjul-sakerhetskopia.json')
  beforeAll(async () => writeFileSync(backup, await annualRegisterBackup(freshDatabase())))

  it('prints exactly the JSON object with the issue’s keys, the hand-worked figures', () => {
    const { status, stdout, stderr } = run(backup, '--year', '2026')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const printed = JSON.parse(stdout)
    expect(printed).toEqual(expected2026)
    expect(Object.keys(printed)).toEqual([
      'year',
      'membersAtYearEnd',
      'newMembers',
      'renewedMembers',
      'endedMembers',
      'dialoguesHeld',
      'membersWithDialogue',
      'plansAdopted',
      'actionsBySubGoal',
      'eventsHeld',
      'participants',
      'certificatesIssued',
      'evaluationsCompleted',
      'evaluationsRenewed',
      'evaluationsEnded'
    ])
  })

  it('gives the same figures as the screen reads from the database', async () => {
    const db = freshDatabase()
    await annualRegisterBackup(db)
    expect(annualFiguresJson(annualFigures(await loadAnnualFiguresInput(db, 2026)))).toEqual(expected2026)
  })

  it('says in Swedish what is wrong with an unknown file or year, with a non-zero exit code', () => {
    const missing = run(join(folder, 'finns-inte.json'), '--year', '2026')
    expect([missing.status, missing.stdout]).toEqual([1, ''])
    expect(missing.stderr).toMatch(/^Filen .*finns-inte\.json finns inte\. Kontrollera sökvägen/)

    const foreign = join(folder, 'lista.json')
    writeFileSync(foreign, '[1, 2, 3]')
    expect(run(foreign, '--year', '2026')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/^Filen är ingen säkerhetskopia från Kugghjul/)
    })

    const early = run(backup, '--year', '2022')
    expect(early.status).toBe(1)
    // The last year is the one the backup was made in.
    expect(early.stderr).toBe(
      `Registret har inga anslutningar år 2022: den första perioden börjar 2023. Ange ett år från 2023 till ${new Date().getFullYear()}.\n`
    )
    expect(run(backup, '--year', 'i fjol')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/^"i fjol" är inget årtal/)
    })
    expect(run(backup).status).toBe(2)
  })
})
