import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen } from './support'
import { browserOnly, expect, test, type SavedFile } from './fixtures'

const networkName = 'Nätverket för jämställd hälsa'

interface NewEvent {
  title: string
  kind: string
  date: string
  start?: string
  end?: string
  location?: string
  network?: string
  goal?: string
  focusArea?: string
}

async function createNetwork(page: Page, members: string[]): Promise<void> {
  await openScreen(page, 'Årshjul')
  await page.getByRole('navigation', { name: 'Årshjulets delar' }).getByRole('link', { name: 'Nätverk' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nätverk' })).toBeVisible()
  await expectNoAxeViolations(page, 'Nätverk (tom lista)')
  await page.getByRole('link', { name: 'Nytt nätverk' }).click()
  await page.getByLabel('Namn', { exact: true }).fill(networkName)
  await page.getByLabel('Beskrivning').fill('Kommuner och regionen som arbetar med jämställd hälsa.')
  await page.getByLabel('Kontakt').fill('Eva Ek, eva.ek@lansstyrelsen.se')
  for (const name of members) await page.getByRole('checkbox', { name: new RegExp(name) }).check()
  await expectNoAxeViolations(page, 'Nytt nätverk')
  await page.getByRole('button', { name: 'Lägg till nätverket' }).click()
  await expect(page.getByRole('heading', { level: 1, name: networkName })).toBeVisible()
}

async function createEvent(page: Page, event: NewEvent, checkAxe = false): Promise<void> {
  await openScreen(page, 'Årshjul')
  await page.getByRole('link', { name: 'Ny aktivitet' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ny aktivitet' })).toBeVisible()
  await page.locator('#event-title').fill(event.title)
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: event.kind })
  await page.getByLabel('Datum').fill(event.date)
  if (event.start) await page.getByLabel('Starttid').fill(event.start)
  if (event.end) await page.getByLabel('Sluttid').fill(event.end)
  if (event.location) await page.getByLabel('Plats').fill(event.location)
  if (event.network) {
    await page.getByLabel('Hör till nätverk').selectOption({ label: event.network })
    await page.getByRole('group', { name: 'Inbjudna' }).getByRole('checkbox', { name: event.network }).check()
  }
  if (event.goal) await page.getByRole('checkbox', { name: event.goal, exact: true }).check()
  if (event.focusArea) await page.getByRole('checkbox', { name: event.focusArea, exact: true }).check()
  if (checkAxe) await expectNoAxeViolations(page, 'Ny aktivitet')
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click()
  await expect(page.getByRole('heading', { level: 1, name: event.title })).toBeVisible()
}

const memberForm = (page: Page) => page.getByRole('group', { name: 'Registrera deltagande', exact: true })

async function registerAttendance(
  page: Page,
  member: string,
  women: string,
  men: string,
  nonBinary: string,
  unknown: string,
  total: string
): Promise<void> {
  const form = memberForm(page)
  await form.getByLabel('Verksamhet', { exact: true }).selectOption({ label: member })
  await form.getByLabel('Kvinnor').fill(women)
  await form.getByLabel('Män', { exact: true }).fill(men)
  await form.getByLabel('Ickebinär/annan könsidentitet').fill(nonBinary)
  await form.getByLabel('Uppgift saknas').fill(unknown)
  await expect(page.getByTestId('attendance-total')).toHaveText(total)
  await page.getByRole('button', { name: 'Spara deltagandet' }).click()
  await expect(page.getByText(`Deltagandet för ${member} sparades.`)).toBeVisible()
}

/** The cells of a table row, as the screen shows them. */
async function rowCells(page: Page, testId: string, rowName: string): Promise<string[]> {
  const row = page.getByTestId(testId).getByRole('row', { name: new RegExp(`^${rowName}(\\s|-)`) })
  return (await row.locator('th, td').allInnerTexts()).map((t) => t.trim())
}

async function savedText(file: SavedFile): Promise<string> {
  return readFile(file.path, 'utf8')
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
  await addMember(page, { name: 'Kalmar kommun', orgNumber: '2120000662', decisionDate: '2026-03-15' })
  await addMember(page, { name: 'Nybro kommun', orgNumber: '2120000696', decisionDate: '2025-06-01' })
})

test(
  'a network meets, two members register attendance by sex, and the sums follow on the event and in Deltagande',
  browserOnly,
  async ({ page }) => {
    await createNetwork(page, ['Kalmar kommun', 'Nybro kommun'])
    await expect(page.getByTestId('network-members')).toContainText('Kalmar kommun')
    await expect(page.getByTestId('network-members')).toContainText('Nybro kommun')
    await expectNoAxeViolations(page, 'Nätverkets sida')
    await page.getByRole('link', { name: 'Nätverk', exact: true }).click()
    await expect(page.getByTestId('network-table').getByRole('row', { name: new RegExp(networkName) })).toContainText(
      '2'
    )
    await expectNoAxeViolations(page, 'Nätverk (lista)')

    await createEvent(
      page,
      {
        title: 'Nätverksträff jämställd hälsa',
        kind: 'Nätverksträff',
        date: '2026-11-10',
        start: '14:00',
        end: '16:00',
        location: 'Länsstyrelsen, Kalmar',
        network: networkName,
        goal: '5. Jämställd hälsa',
        focusArea: 'Jämställd hälsa'
      },
      true
    )
    await expect(page.getByTestId('invited-networks')).toContainText(`${networkName} (2 verksamheter)`)
    await registerAttendance(page, 'Kalmar kommun', '3', '2', '', '1', '6')
    await registerAttendance(page, 'Nybro kommun', '4', '4', '', '0', '8')
    await expect(page.getByTestId('attendance-summary')).toContainText(
      '14 deltagare från 2 verksamheter: 7 kvinnor, 6 män, 0 ickebinära/annan könsidentitet, 1 uppgift saknas'
    )
    expect(await rowCells(page, 'attendance-table', 'Kalmar kommun')).toEqual([
      'Kalmar kommun',
      '3',
      '2',
      '0',
      '1',
      '6',
      expect.stringContaining('Ändra')
    ])
    expect(await rowCells(page, 'attendance-table', 'Summa')).toEqual(['Summa', '7', '6', '0', '1', '14', ''])

    // People from no member organisation are counted apart.
    const guests = page.getByRole('group', { name: 'Registrera deltagare utanför anslutna verksamheter' })
    await guests.getByLabel('Organisation (frivilligt)').fill('Kvinnojouren Kalmar')
    await guests.getByLabel('Kvinnor').fill('2')
    await guests.getByLabel('Ickebinär/annan könsidentitet').fill('1')
    await guests.getByRole('button', { name: 'Lägg till deltagarna' }).click()
    await expect(page.getByTestId('non-member-summary')).toContainText(
      '3 deltagare: 2 kvinnor, 0 män, 1 ickebinära/annan könsidentitet, 0 uppgift saknas'
    )
    expect(await rowCells(page, 'non-member-table', 'Kvinnojouren Kalmar')).toEqual([
      'Kvinnojouren Kalmar',
      '2',
      '0',
      '1',
      '0',
      '3',
      'Ta bort'
    ])
    await expect(page.getByTestId('attendance-summary')).toContainText('14 deltagare från 2 verksamheter')
    await expectNoAxeViolations(page, 'Aktivitetens sida')
    await page.screenshot({ path: 'test-results/screens/aktivitet.png', fullPage: true })

    await page.getByRole('link', { name: 'Redigera' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Redigera Nätverksträff jämställd hälsa' })).toBeVisible()
    await expect(page.getByLabel('Starttid')).toHaveValue('14:00')
    await expect(page.getByLabel('Hör till nätverk')).toHaveValue(/.+/)
    await page.getByRole('link', { name: 'Avbryt' }).click()

    // A changed row replaces the old one; the total is summed again.
    await page.getByRole('button', { name: 'Ändra deltagandet för Nybro kommun' }).click()
    await expect(memberForm(page).getByLabel('Kvinnor')).toHaveValue('4')
    await memberForm(page).getByLabel('Uppgift saknas').fill('2')
    await expect(page.getByTestId('attendance-total')).toHaveText('10')
    await page.getByRole('button', { name: 'Spara deltagandet' }).click()
    await expect(page.getByTestId('attendance-summary')).toContainText('16 deltagare')

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Årshjul' }).click()
    await page.getByRole('navigation', { name: 'Årshjulets delar' }).getByRole('link', { name: 'Deltagande' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Deltagande i årshjulet' })).toBeVisible()
    await expect(page.getByTestId('participation-summary')).toContainText(
      '1 aktivitet 2026-01-01–2026-12-31, 1 med registrerat deltagande · 19 deltagare, varav 3 utanför anslutna verksamheter'
    )
    expect(await rowCells(page, 'participation-by-sex', 'Från anslutna')).toEqual([
      'Från anslutna verksamheter',
      '7',
      '6',
      '0',
      '3',
      '16'
    ])
    expect(await rowCells(page, 'participation-by-sex', 'Utanför anslutna')).toEqual([
      'Utanför anslutna verksamheter',
      '2',
      '0',
      '1',
      '0',
      '3'
    ])
    expect(await rowCells(page, 'participation-by-sex', 'Alla deltagare')).toEqual([
      'Alla deltagare',
      '9',
      '6',
      '1',
      '3',
      '19'
    ])
    expect(await rowCells(page, 'participation-by-type', 'Kommun')).toEqual(['Kommun', '7', '6', '0', '3', '16'])
    expect(await rowCells(page, 'participation-by-type', 'Summa')).toEqual(['Summa', '7', '6', '0', '3', '16'])
    await expect(page.getByRole('img', { name: /Antal deltagare per typ av verksamhet/ })).toBeVisible()
    await expectNoAxeViolations(page, 'Deltagande')
    await page.screenshot({ path: 'test-results/screens/deltagande.png', fullPage: true })
    await page.getByLabel('Från och med').fill('2026-11-11')
    await expect(page.getByTestId('participation-summary')).toContainText('0 aktiviteter')

    // The member's page lists its network; the network cannot go while the event uses it.
    await openScreen(page, 'Verksamheter')
    await page.getByRole('link', { name: 'Kalmar kommun' }).click()
    await expect(page.getByTestId('member-networks')).toContainText(networkName)
    await page.getByTestId('member-networks').getByRole('link', { name: networkName }).click()
    await page.getByRole('button', { name: 'Ta bort…' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click()
    await expect(page.getByRole('alert')).toContainText('Nätverket används av 1 aktivitet i årshjulet')
    await expect(page.getByRole('heading', { level: 1, name: networkName })).toBeVisible()
  }
)

test('the year view, the list, delete with Ångra, and the year as .ics and .xlsx', async ({
  page,
  files
}, testInfo) => {
  test.setTimeout(60_000)
  await createEvent(page, {
    title: 'Informationspass för ledningen',
    kind: 'Informationspass',
    date: '2026-03-12',
    start: '9:00',
    end: '11:30',
    location: 'Kalmar slott'
  })
  await registerAttendance(page, 'Kalmar kommun', '3', '2', '', '1', '6')
  await registerAttendance(page, 'Nybro kommun', '4', '4', '', '0', '8')
  await createEvent(page, { title: 'Utbildning i jämställdhetsintegrering', kind: 'Utbildning', date: '2026-12-03' })
  await expect(
    page.getByText('Aktiviteten äger rum 2026-12-03. Deltagandet kan registreras när den har ägt rum.')
  ).toBeVisible()
  await createEvent(page, {
    title: 'Konferens om mäns våld mot kvinnor',
    kind: 'Konferens',
    date: '2026-11-30',
    start: '13:00',
    end: '16:00'
  })

  await openScreen(page, 'Årshjul')
  await expect(page.getByTestId('month-3')).toContainText('Informationspass för ledningen')
  await expect(page.getByTestId('month-3')).toContainText('2026-03-12 09:00–11:30 Informationspass')
  await expect(page.getByTestId('month-12')).toContainText('Heldag')
  await expect(page.getByTestId('year-wheel')).toBeVisible()
  await expectNoAxeViolations(page, 'Årshjul, året per månad')
  await page.screenshot({ path: 'test-results/screens/arshjul-2026.png', fullPage: false })

  // The list: sort by name, filter by kind.
  await page.getByRole('radio', { name: 'Lista' }).check()
  const table = page.getByTestId('event-table')
  await expect(table.getByRole('row')).toHaveCount(4)
  await expect(table.getByRole('row').nth(1)).toContainText('Informationspass för ledningen')
  await expect(table.getByRole('row').nth(1)).toContainText('14')
  await page.getByRole('button', { name: 'Aktivitet' }).click()
  await expect(table.getByRole('row').nth(1)).toContainText('Informationspass för ledningen')
  await expect(table.getByRole('row').nth(2)).toContainText('Konferens om mäns våld mot kvinnor')
  await page.getByRole('button', { name: 'Aktivitet' }).click()
  await expect(table.getByRole('row').nth(1)).toContainText('Utbildning i jämställdhetsintegrering')
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Utbildning' })
  await expect(table.getByRole('row')).toHaveCount(2)
  await expectNoAxeViolations(page, 'Årshjul, lista')
  await page.getByRole('button', { name: 'Rensa filter' }).click()

  // The year as .ics: one VEVENT per event, local Swedish times with their zone.
  const yearIcs = await files.save(() =>
    page.getByRole('button', { name: 'Exportera 2026 till Outlook (.ics)' }).click()
  )
  const ics = await savedText(yearIcs)
  expect(yearIcs.name).toBe('arshjul-2026.ics')
  await expect(page.getByTestId('export-message')).toContainText('Kalenderfilen sparades')
  const lines = ics.split('\r\n')
  expect(lines[0]).toBe('BEGIN:VCALENDAR')
  expect(lines.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1)
  expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3)
  expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(3)
  expect(lines).toContain('BEGIN:VTIMEZONE')
  expect(lines).toContain('DTSTART;TZID=Europe/Stockholm:20260312T090000')
  expect(lines).toContain('DTEND;TZID=Europe/Stockholm:20260312T113000')
  expect(lines).toContain('DTSTART;TZID=Europe/Stockholm:20261130T130000')
  expect(lines).toContain('DTSTART;VALUE=DATE:20261203')
  expect(lines).toContain('SUMMARY:Informationspass för ledningen')
  expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true)

  // The year as .xlsx, read back with ExcelJS.
  const xlsx = await files.save(() => page.getByRole('button', { name: 'Exportera 2026 till Excel' }).click())
  expect(xlsx.name).toBe('arshjul-2026.xlsx')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(await readFile(xlsx.path)).buffer)
  const events = workbook.getWorksheet('Aktiviteter')!
  const attendance = workbook.getWorksheet('Deltagande')!
  expect(events.actualRowCount).toBe(4)
  expect(attendance.actualRowCount).toBe(3)
  const header = (events.getRow(1).values as unknown[]).map(String)
  const first = events.getRow(2)
  const cell = (name: string) => first.getCell(header.indexOf(name)).value
  expect(cell('Aktivitet')).toBe('Informationspass för ledningen')
  expect([cell('Kvinnor'), cell('Män'), cell('Ickebinär/annan könsidentitet'), cell('Uppgift saknas')]).toEqual([
    7, 6, 0, 1
  ])
  expect(cell('Totalt')).toMatchObject({ result: 14 })
  expect(cell('Datum')).toBeInstanceOf(Date)

  // One event as .ics, then delete it and take it back.
  await page.getByRole('radio', { name: 'År per månad' }).check()
  await page.getByTestId('month-12').getByRole('link', { name: 'Utbildning i jämställdhetsintegrering' }).click()
  const eventIcs = await files.save(() => page.getByRole('button', { name: 'Exportera till Outlook (.ics)' }).click())
  expect(eventIcs.name).toBe('aktivitet-2026-12-03.ics')
  expect((await savedText(eventIcs)).match(/BEGIN:VEVENT/g)).toHaveLength(1)
  await page.getByRole('button', { name: 'Ta bort…' }).click()
  await expect(page.getByRole('dialog', { name: 'Ta bort aktiviteten?' })).toBeVisible()
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Årshjul' })).toBeVisible()
  await expect(page.getByTestId('undo-notice')).toContainText(
    'Aktiviteten "Utbildning i jämställdhetsintegrering" togs bort.'
  )
  await expect(page.getByTestId('month-12')).toContainText('inga aktiviteter')
  await page.getByTestId('undo-notice').getByRole('button', { name: 'Ångra' }).click()
  await expect(page.getByTestId('month-12')).toContainText('Utbildning i jämställdhetsintegrering')
  testInfo.annotations.push({ type: 'screenshot', description: 'test-results/screens/arshjul-2026.png' })
})

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' })

  test('a conference over three days: dates show and take 2026-03-12, the end is checked, and the event shows the span', async ({
    page
  }) => {
    await openScreen(page, 'Årshjul')
    await page.getByRole('link', { name: 'Ny aktivitet' }).click()
    await page.locator('#event-title').fill('Jämställdhetskonferens')
    await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Konferens' })
    const first = page.getByLabel('Datum')
    await expect(first).toHaveAttribute('placeholder', 'ÅÅÅÅ-MM-DD')
    await expect(first).toHaveAttribute('type', 'text')
    await first.fill('2026-3-12')
    await first.blur()
    await expect(first).toHaveValue('2026-03-12')
    const last = page.getByLabel('Sista dag')
    await last.fill('03/14/2026')
    await last.blur()
    await expect(page.locator('#event-end-date-error')).toHaveText('Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-15.')
    await last.fill('20260311')
    await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click()
    await expect(page.locator('#event-end-date-error')).toHaveText(
      'Slutdatumet kan inte vara före aktivitetens första dag 2026-03-12.'
    )
    await expectNoAxeViolations(page, 'Ny aktivitet med fel slutdatum')
    await last.fill('20260314')
    await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Jämställdhetskonferens' })).toBeVisible()
    await expect(page.getByText('2026-03-12 – 2026-03-14, Heldag')).toBeVisible()
  })
})
