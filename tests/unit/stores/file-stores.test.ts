import 'fake-indexeddb/auto' // before Dexie loads
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MAX_LOGO_BYTES } from '@/domain/county-profile'
import { useCalendarStore } from '@/stores/calendar'
import { useCalendarExportStore } from '@/stores/calendar-export'
import { useImageFile } from '@/stores/choose-image'
import { useCountyProfileStore } from '@/stores/county-profile'
import { useMemberFilesStore } from '@/stores/member-files'
import { useMembersStore } from '@/stores/members'
import { eventDraft, kalmarWithMember, today } from '../data/member-work-fixtures'
import { fixturePath } from '../io/stats/statistics-fixture'
import { electronStoreSetup, storeTestSetup } from './store-setup'

const { db } = storeTestSetup()
const harness = electronStoreSetup()

const text = async (name: string) => new TextDecoder().decode(await harness().saved(name))

describe('member files store', () => {
  it('saves the listed members as .xlsx named with the date', async () => {
    await kalmarWithMember(db())
    const members = useMembersStore()
    await members.load()
    const saved = await useMemberFilesStore().saveListXlsx(members.activeRows)
    expect(saved).toEqual({ status: 'saved', path: `${harness().folder}/Dokument/Anslutna verksamheter ${today}.xlsx` })
    expect((await text(`Anslutna verksamheter ${today}.xlsx`)).slice(0, 2)).toBe('PK')
  })

  it('reads a picked .csv register into rows for the import, and refuses a broken workbook in Swedish', async () => {
    const files = useMemberFilesStore()
    const csv = new TextEncoder().encode(
      'Namn;Organisationsnummer\nKalmar kommun;212000-0746\nNybro kommun;212000-0761\n'
    )
    await harness().willPick({ name: 'register.csv', bytes: csv })
    const picked = await files.pickImportFile()
    if (picked.status !== 'opened') throw new Error(picked.status)
    const table = await files.readImportFile(picked.name, picked.bytes)
    expect(table.headers).toEqual(['Namn', 'Organisationsnummer'])
    expect(table.rows).toEqual([
      ['Kalmar kommun', '212000-0746'],
      ['Nybro kommun', '212000-0761']
    ])
    await expect(
      files.readImportFile('register.xlsx', new Uint8Array(readFileSync(fixturePath('bad', 'truncated.xlsx'))))
    ).rejects.toThrow(/register\.xlsx/)
  })
})

describe('calendar export store', () => {
  async function yearWithEvent() {
    await kalmarWithMember(db())
    await useCountyProfileStore().load()
    const calendar = useCalendarStore()
    await calendar.load()
    const created = await calendar.create(eventDraft())
    if (!created.ok) throw new Error(JSON.stringify(created.errors))
    await calendar.create(eventDraft({ date: '2027-01-20', title: 'Nästa år' }))
    return { calendar, event: created.value }
  }

  it("saves the chosen year's events as a calendar file named after the strategy, without other years' events", async () => {
    await yearWithEvent()
    expect(await useCalendarExportStore().saveYearIcs()).toMatchObject({ status: 'saved' })
    const ics = await text('arshjul-2026.ics')
    expect(ics).toMatch(/^BEGIN:VCALENDAR/)
    expect(ics).toContain('SUMMARY:Nätverksträff: jämställd hälsa')
    expect(ics).toContain('Årshjul 2026 – Ett jämställt Kalmar län')
    expect(ics).not.toContain('Nästa år')
  })

  it('saves one event as its own calendar file, and the year as .xlsx', async () => {
    const { event } = await yearWithEvent()
    const store = useCalendarExportStore()
    await store.saveEventIcs(event)
    expect((await text('aktivitet-2026-10-15.ics')).match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(await store.saveYearXlsx()).toEqual({
      status: 'saved',
      path: `${harness().folder}/Dokument/arshjul-2026.xlsx`
    })
    expect((await text('arshjul-2026.xlsx')).slice(0, 2)).toBe('PK')
  })
})

describe('choosing an image', () => {
  const png = () => new Uint8Array(readFileSync(fixturePath('stats', '../county-logo.png')))

  it('takes a PNG as a data URL, and refuses an empty file and one over 1 MB, in Swedish', async () => {
    const choose = useImageFile('Logotyp')
    await harness().willPick({ name: 'logo.png', bytes: png() })
    expect(await choose()).toMatchObject({
      status: 'chosen',
      image: {
        mimeType: 'image/png',
        fileName: 'logo.png',
        dataUrl: expect.stringMatching(/^data:image\/png;base64,iVBOR/)
      }
    })
    await harness().willPick({ name: 'tom.svg', bytes: new Uint8Array() })
    expect(await choose()).toEqual({ status: 'refused', message: 'Filen "tom.svg" är tom. Välj en annan fil.' })
    await harness().willPick({ name: 'stor.png', bytes: new Uint8Array(MAX_LOGO_BYTES + 1) })
    expect(await choose()).toEqual({
      status: 'refused',
      message: 'Logotypen är större än 1 MB. Spara en mindre version och försök igen.'
    })
    await harness().willPick(null)
    expect(await choose()).toEqual({ status: 'cancelled' })
  })

  it('judges the file by its content: a JPEG is refused whatever its name, an SVG is taken as SVG', async () => {
    const choose = useImageFile('Logotyp')
    await harness().willPick({
      name: 'logo.png',
      bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])
    })
    expect(await choose()).toEqual({
      status: 'refused',
      message: 'Filen "logo.png" är varken PNG eller SVG. Välj en logotyp i något av de formaten.'
    })
    await harness().willPick({
      name: 'symbol.svg',
      bytes: new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')
    })
    expect(await choose()).toMatchObject({
      status: 'chosen',
      image: { mimeType: 'image/svg+xml', fileName: 'symbol.svg' }
    })
  })
})
