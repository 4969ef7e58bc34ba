import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { exportBackup } from '@/data/backup/backup-export'
import { restoreBackup } from '@/data/backup/backup-restore'
import { diffDumps, dumpDatabase } from '@/data/backup/database-dump'
import { schemaInfo, validateRecords } from '@/data/backup/record-validation'
import { saveCountyProfile } from '@/data/county-profile-repository'
import type { KugghjulDatabase } from '@/data/database'
import { insertDemoRegister } from '@/data/demo-data'
import { emptyCountyProfile, type CountyProfile } from '@/domain/county-profile'
import { generateDemoRegister } from '@/domain/test-data/demo-register'
import { freshDatabase, today } from '../fresh-database'
import { fileObject, resigned, stamp } from './sample-register'

type Row = Record<string, unknown>
type Tables = Record<string, Row[]>

const focusAreas = [
  { id: 'fokus-1', name: 'Jämställd hälsa' },
  { id: 'fokus-2', name: 'Ekonomisk jämställdhet' }
]
const profile: CountyProfile = {
  ...emptyCountyProfile(),
  countyCode: '08',
  strategyName: 'Jämställt Kalmar',
  focusAreas
}

/** The demo register (members, periods, dialogues, plans, actions, networks, events, attendance) as the app writes it. */
async function demoDatabase(): Promise<KugghjulDatabase> {
  const db = freshDatabase()
  await saveCountyProfile(db, profile)
  const { register, work } = generateDemoRegister({
    members: 8,
    countyCode: '08',
    today,
    focusAreaIds: profile.focusAreas.map((f) => f.id)
  })
  await insertDemoRegister(db, register, work)
  return db
}

/** The first row of `table` that `pick` accepts. */
function rowOf(tables: Tables, table: string, pick: (row: Row) => boolean = () => true): Row {
  const row = tables[table]!.find(pick)
  if (!row) throw new Error(`no suitable row in ${table}`)
  return row
}

const counts = { women: 0, men: 0, nonBinary: 0, unknown: 0 }

/** Per record type: one record the form would refuse, and what the refusal says. */
const badRecords: [string, (tables: Tables) => void, RegExp][] = [
  [
    'a member whose contact person has no valid e-mail',
    (t) => {
      const member = rowOf(t, 'members', (m) => (m.contactPersons as Row[]).length > 0)
      ;(member.contactPersons as Row[])[0]!.email = 'karin.lansstyrelsen.se'
    },
    /tabellen Anslutna verksamheter \(.+\): E-postadressen ser inte ut som en e-postadress/
  ],
  [
    'a member of the kommun kind that names no kommun',
    (t) => {
      const member = rowOf(t, 'members', (m) => m.type === 'municipality')
      Object.assign(member, { name: 'Ingenstans kommun', municipalityCode: null })
    },
    /Anslutna verksamheter \(Ingenstans kommun\): Hittar ingen kommun som heter "Ingenstans kommun"/
  ],
  [
    'a period whose end date does not follow from its decision',
    (t) => {
      const period = rowOf(t, 'membershipPeriods', (p) => p.number === 1)
      period.endDate = `${Number((period.endDate as string).slice(0, 4)) + 2}${(period.endDate as string).slice(4)}`
    },
    /tabellen Anslutningsperioder: Perioden .* stämmer inte med beslutsdatumet .*: den ska vara/
  ],
  [
    'a renewal decided before the decision of the period it renews',
    (t) => {
      const renewal = rowOf(t, 'membershipPeriods', (p) => p.number === 2)
      renewal.decisionDate = '2001-01-01'
    },
    /Anslutningsperioder: Beslutet om förnyelse måste vara fattat efter beslutet för period 1/
  ],
  [
    'a dialogue followed up before it is held',
    (t) => {
      const dialogue = rowOf(t, 'dialogues')
      dialogue.nextFollowUpOn = dialogue.date
    },
    /tabellen Dialoger: Nästa uppföljning måste ligga efter dialogens datum/
  ],
  [
    "a dialogue on another member's period",
    (t) => {
      const dialogue = rowOf(t, 'dialogues')
      dialogue.periodId = rowOf(t, 'membershipPeriods', (p) => p.memberId !== dialogue.memberId).id
    },
    /Dialoger: Perioden hör inte till verksamheten/
  ],
  [
    'an action plan with an ambition level the form does not offer',
    (t) => void (rowOf(t, 'actionPlans').ambitionLevel = 'extreme'),
    /tabellen Insatsplaner: fältet ambitionLevel har ett okänt värde/
  ],
  [
    'an action due before it starts',
    (t) => {
      const action = rowOf(t, 'actions')
      action.dueDate = '2001-01-01'
    },
    /tabellen Insatser \(.+\): Slutdatumet kan inte ligga före startdatumet/
  ],
  [
    'an action tied to neither a delmål nor a focus area',
    (t) => void Object.assign(rowOf(t, 'actions'), { goals: [], focusAreaIds: [] }),
    /Insatser \(.+\): Välj minst ett fokusområde eller ett nationellt delmål/
  ],
  [
    'an action with an empty progress note',
    (t) => void (rowOf(t, 'actions').progressNotes = [{ id: 'n1', date: '2025-01-10', text: '  ' }]),
    /Insatser \(.+\): anteckningen 2025-01-10: Skriv vad som har hänt i insatsen/
  ],
  [
    'an event that ends before it starts',
    (t) => void Object.assign(rowOf(t, 'events'), { startTime: '14:00', endTime: '09:00' }),
    /tabellen Aktiviteter i årshjulet \(.+\): Sluttiden måste vara efter starttiden 14:00/
  ],
  [
    'attendance of nobody',
    (t) => void Object.assign(rowOf(t, 'attendance'), counts),
    /tabellen Deltagande: Ange hur många som deltog/
  ],
  [
    'non-member attendance of nobody',
    (t) =>
      t.nonMemberAttendance!.push({
        id: 'nm1',
        eventId: rowOf(t, 'events').id,
        organisation: 'Länets idrottsförbund',
        ...counts,
        createdAt: stamp,
        updatedAt: stamp
      }),
    /tabellen Deltagare utanför anslutna verksamheter: Ange hur många som deltog/
  ],
  [
    'a network with a blank name',
    (t) => void (rowOf(t, 'networks').name = '   '),
    /tabellen Nätverk: Ange nätverkets namn/
  ],
  [
    'an evaluation whose decision reference is longer than the form takes',
    (t) => {
      const period = rowOf(t, 'membershipPeriods')
      t.evaluations!.push({
        id: 'ev1',
        memberId: period.memberId,
        periodId: period.id,
        status: 'draft',
        assessments: [],
        conclusions: '',
        decision: { outcome: 'renew', decisionDate: '', decisionReference: 'D'.repeat(150), decidedBy: '' },
        decidedAt: null,
        nextPeriodId: null,
        createdAt: stamp,
        updatedAt: stamp
      })
    },
    /tabellen Utvärderingar: Diarienumret får vara högst 120 tecken/
  ]
]

describe('restore runs the forms’ rules on every record', () => {
  it('accepts the demo register as the app wrote it', async () => {
    const db = await demoDatabase()
    const rows = await dumpDatabase(db)
    for (const table of ['dialogues', 'actionPlans', 'actions', 'events', 'attendance', 'networks'])
      expect(rows[table]!.length, table).toBeGreaterThan(0)
    expect(validateRecords(rows, schemaInfo(db.tables))).toBeNull()
  })

  it.each(badRecords)('refuses %s and changes nothing', async (_, edit, message) => {
    const db = await demoDatabase()
    const file = fileObject((await exportBackup(db, { appVersion: '0.1.0' })).bytes)
    edit(file.tables)
    file.counts = Object.fromEntries(Object.entries(file.tables).map(([table, rows]) => [table, rows.length]))
    await db.dialogues.clear() // the register differs from the backup, so a restore would show
    const before = await dumpDatabase(db)

    const result = await restoreBackup(db, await resigned(file), { appVersion: '0.1.0' })

    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problem.code).toBe('invalid-record')
    expect(result.problem.message).toMatch(message)
    expect(result.problem.message).toContain('Inget har ändrats i registret.')
    expect(diffDumps(before, await dumpDatabase(db))).toEqual([])
  })
})
