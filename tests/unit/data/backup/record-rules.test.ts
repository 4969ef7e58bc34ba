import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { BackupRows } from '@/data/backup/backup-format'
import { dumpDatabase } from '@/data/backup/database-dump'
import { schemaInfo, validateRecords } from '@/data/backup/record-validation'
import { freshDatabase } from '../fresh-database'
import { fillRegister, stamp } from './sample-register'

/** A valid register as a backup holds it, with `edit` applied, and what validation says. */
async function check(edit: (rows: BackupRows) => void): Promise<string | undefined> {
  const db = freshDatabase()
  await fillRegister(db, 3)
  const rows = await dumpDatabase(db)
  edit(rows)
  return validateRecords(rows, schemaInfo(db.tables))?.message
}

const profileOf = (rows: BackupRows) =>
  (rows.settings!.find((s) => (s as { key: string }).key === 'countyProfile') as { value: Record<string, unknown> })
    .value
const event = (link: string) => ({
  id: 'e1',
  title: 'Nätverksträff',
  kind: 'networkMeeting',
  date: '2026-10-15',
  startTime: null,
  endTime: null,
  location: '',
  link,
  description: '',
  organiser: '',
  networkId: null,
  goals: [],
  focusAreaIds: [],
  invitedMemberIds: [],
  invitedNetworkIds: [],
  createdAt: stamp,
  updatedAt: stamp
})

describe('a restored record must pass the rules the forms apply', () => {
  it('accepts the register as the app wrote it', async () => {
    expect(await check(() => {})).toBeUndefined()
  })

  it('refuses a county profile of another shape', async () => {
    const message = await check((rows) => {
      profileOf(rows).focusAreas = 'Jämställd hälsa'
    })
    expect(message).toMatch(/Inställningar.*länsprofilen/)
  })

  it('refuses a county profile the settings form would refuse', async () => {
    const message = await check((rows) => {
      profileOf(rows).strategyName = ''
    })
    expect(message).toMatch(/länsprofilen: Ange strategins namn/)
  })

  it('refuses a logo that is not a PNG or SVG data URL', async () => {
    const message = await check((rows) => {
      profileOf(rows).logo = {
        mimeType: 'image/png',
        fileName: 'logga.png',
        dataUrl: 'data:text/html;base64,PHNjcmlwdD4='
      }
    })
    expect(message).toMatch(/logotypen är ingen PNG- eller SVG-bild/)
  })

  it('refuses an event link the event form would refuse, such as one with a line break', async () => {
    const message = await check((rows) => {
      rows.events = [event('https://example.se/\r\nBEGIN:VALARM')]
    })
    expect(message).toMatch(/Aktiviteter.*Länken ser inte ut som en webbadress/)
    expect(await check((rows) => void (rows.events = [event('https://teams.example.se/möte')]))).toBeUndefined()
  })

  it('refuses an ending outside its period', async () => {
    const message = await check((rows) => {
      const period = rows.membershipPeriods![0] as { endDate: string; ending: unknown }
      period.ending = { endedOn: '2099-01-01', reason: 'Efter perioden' }
    })
    expect(message).toMatch(/Anslutningsperioder.*Perioden slutar/)
  })
})
