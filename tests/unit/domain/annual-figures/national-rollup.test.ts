import { describe, expect, it } from 'vitest'
import { annualFigures } from '@/domain/annual-figures/annual-figures'
import {
  countyFiguresFile,
  parseCountyFiguresFile,
  type CountyFiguresFile
} from '@/domain/annual-figures/county-figures-file'
import { addCountyFile, nationalRollup, type RollupFile } from '@/domain/annual-figures/national-rollup'
import { annualInput, expected2026 } from './annual-register'

/** A county's länsfil as another county would send it: the hand-worked 2026 register's counts, some changed. */
function countyFile(
  countyCode: string,
  createdAt: string,
  change: (f: CountyFiguresFile['figures']) => void = () => {}
): string {
  const file = countyFiguresFile({
    figures: annualFigures(annualInput(2026)),
    countyCode,
    appVersion: '1.4.0',
    createdAt
  })
  change(file.figures)
  return JSON.stringify(file, null, 2)
}

function read(text: string, fileName: string): RollupFile {
  const parsed = parseCountyFiguresFile(text, fileName)
  if (!parsed.ok) throw new Error(parsed.message)
  return { fileName, file: parsed.file }
}

function readAll(files: RollupFile[]): { files: RollupFile[]; notices: string[] } {
  let current: RollupFile[] = []
  const notices: string[] = []
  for (const f of files) {
    const added = addCountyFile(current, f)
    if (!added.ok) throw new Error(added.message)
    current = added.files
    if (added.notice) notices.push(added.notice)
  }
  return { files: current, notices }
}

const column = (rollup: ReturnType<typeof nationalRollup>, key: string) =>
  rollup.columns.findIndex((c) => c.key === key)

describe('länsfil (county figures file)', () => {
  it('holds the länskod, county name, year, app and format version and exactly the command’s counts', () => {
    const file = JSON.parse(countyFile('08', '2027-02-10T10:00:00.000Z')) as Record<string, unknown>
    const { year, ...counts } = expected2026
    expect(file).toEqual({
      format: 'kugghjul-lansuppgifter',
      formatVersion: 1,
      countyCode: '08',
      countyName: 'Kalmar län',
      year,
      createdAt: '2027-02-10T10:00:00.000Z',
      appVersion: '1.4.0',
      figures: counts
    })
  })

  it('refuses foreign, broken and newer-format files with a Swedish reason', () => {
    const good = JSON.parse(countyFile('08', '2027-02-10T10:00:00.000Z')) as Record<string, unknown> & {
      figures: Record<string, unknown>
    }
    const refused = (value: unknown) => {
      const parsed = parseCountyFiguresFile(typeof value === 'string' ? value : JSON.stringify(value), 'fil.json')
      expect(parsed.ok).toBe(false)
      return parsed.ok ? '' : parsed.message
    }
    expect(refused('Länsnamn;Antal\nKalmar;3')).toBe(
      'fil.json kan inte läsas in: filen är ingen länsfil från Kugghjul (den är inte JSON).'
    )
    expect(refused({ kugghjulBackup: 1, members: [] })).toMatch(/ingen länsfil från Kugghjul/)
    expect(refused({ ...good, formatVersion: 2 })).toMatch(/formatversion 2 från en nyare Kugghjul/)
    expect(refused({ ...good, countyCode: '99' })).toMatch(/länskoden "99" är inget av de 21 länen/)
    expect(refused({ ...good, figures: { ...good.figures, dialoguesHeld: -1 } })).toMatch(
      /trasig: dialoguesHeld ska vara ett heltal/
    )
    expect(refused({ ...good, figures: { ...good.figures, participants: { women: 1 } } })).toMatch(
      /participants\.men ska vara ett heltal/
    )
    expect(refused({ ...good, contactPersons: [{ name: 'Åsa Öberg' }] })).toMatch(
      /uppgifter som inte hör till formatet \(contactPersons\)/
    )
    expect(refused({ ...good, createdAt: 'igår' })).toMatch(/createdAt/)
    expect(parseCountyFiguresFile(JSON.stringify(good), 'fil.json').ok).toBe(true)
  })
})

describe('riksöversikt (national roll-up)', () => {
  const kalmar = countyFile('08', '2027-02-10T10:00:00.000Z')
  const kalmarNewer = countyFile('08', '2027-02-20T09:30:00.000Z', (f) => {
    f.dialoguesHeld = 10
    f.membersAtYearEnd.municipality = 12
  })
  const halland = countyFile('13', '2027-02-01T08:00:00.000Z', (f) => (f.dialoguesHeld = 7))
  const gotland = countyFile('09', '2027-01-15T08:00:00.000Z', (f) => (f.eventsHeld = 0))

  it('adds three counties, one of them twice, keeping the newer file with a notice, and totals the rest', () => {
    const { files, notices } = readAll([
      read(kalmar, 'kalmar.json'),
      read(halland, 'halland.json'),
      read(gotland, 'gotland.json'),
      read(kalmarNewer, 'kalmar-ny.json')
    ])
    expect(notices).toEqual([
      'Kalmar län fanns redan (kalmar.json, skapad 2027-02-10 10:00). Den nyare filen kalmar-ny.json, skapad 2027-02-20 09:30, används i stället.'
    ])
    const rollup = nationalRollup(files)
    expect(rollup.year).toBe(2026)
    expect(rollup.rows).toHaveLength(21)
    expect(rollup.countiesWithFile).toBe(3)
    const dialogues = column(rollup, 'dialoguesHeld')
    expect(rollup.rows.filter((r) => r.file).map((r) => [r.countyName, r.values[dialogues]])).toEqual([
      ['Kalmar län', 10],
      ['Gotlands län', expected2026.dialoguesHeld],
      ['Hallands län', 7]
    ])
    expect(rollup.totals[dialogues]).toBe(10 + expected2026.dialoguesHeld + 7)
    // Kalmar's newer file has 12 kommuner instead of the register's two.
    const members = Object.values(expected2026.membersAtYearEnd).reduce((n, v) => n + v, 0)
    expect(rollup.totals[column(rollup, 'membersAtYearEnd')]).toBe(
      3 * members + 12 - expected2026.membersAtYearEnd.municipality
    )
    expect(rollup.totals[column(rollup, 'eventsHeld')]).toBe(2 * expected2026.eventsHeld)
    expect(rollup.rows.find((r) => r.countyCode === '01')!.values.every((v) => v === null)).toBe(true)
    expect(rollup.chart?.categories).toEqual(['Kalmar län', 'Gotlands län', 'Hallands län'])
  })

  it('keeps the file it has when the second one for a län is older, and refuses another year', () => {
    const { files, notices } = readAll([read(kalmarNewer, 'kalmar-ny.json'), read(kalmar, 'kalmar.json')])
    expect(files.map((f) => f.fileName)).toEqual(['kalmar-ny.json'])
    expect(notices[0]).toMatch(/kalmar\.json, skapad 2027-02-10 10:00, är inte nyare och används inte/)

    const older = JSON.parse(halland) as CountyFiguresFile
    const added = addCountyFile(files, read(JSON.stringify({ ...older, year: 2025 }), 'halland-2025.json'))
    expect(added).toEqual({
      ok: false,
      message: 'halland-2025.json gäller 2025, men översikten gäller 2026. Töm översikten för att jämföra ett annat år.'
    })
  })

  it('the summary columns are the screen’s and the PDF’s; the .xlsx has every count of the format', () => {
    expect(nationalRollup([], { summaryOnly: true }).columns.map((c) => c.label)).toEqual([
      'Anslutna vid årets slut',
      'Nya',
      'Förnyade',
      'Avslutade',
      'Dialoger',
      'Insatsplaner',
      'Aktiviteter',
      'Deltagare',
      'Intyg',
      'Utvärderingar'
    ])
    const keys = nationalRollup([]).columns.map((c) => c.key)
    const { year: _year, ...counts } = expected2026
    const leaves = Object.entries(counts).flatMap(([k, v]) =>
      typeof v === 'number' ? [k] : Object.keys(v).map((sub) => `${k}.${sub}`)
    )
    expect(leaves.filter((leaf) => !keys.includes(leaf))).toEqual([])
  })
})
