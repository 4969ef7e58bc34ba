import { execFileSync } from 'node:child_process'
import ExcelJS from 'exceljs'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen } from './support'
import { expect, test } from './fixtures'

/**
 * Årsuppföljning: a member, a held and a planned dialogue, an event with
 * members and non-members, then the year's figures on screen, as PDF and as
 * .xlsx. It is February 2027, so the screen opens on 2026.
 */
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-02-10T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
  await addMember(page, {
    name: 'Högsby kommun',
    orgNumber: '212000-0787',
    decisionDate: '2026-01-10',
    municipality: 'Högsby (0821)'
  })

  await page.getByRole('link', { name: 'Dialoger och insatsplan', exact: true }).click()
  await page.getByRole('button', { name: 'Ny dialog' }).click()
  await page.getByLabel('Datum').fill('2026-05-04')
  await page.getByRole('button', { name: 'Lägg till dialogen' }).click()
  await expect(page.getByText('Dialogen 2026-05-04 är sparad.')).toBeVisible()
  // Booked but not yet held: it does not count.
  await page.getByRole('button', { name: 'Ny dialog' }).click()
  await page.getByLabel('Datum').fill('2026-12-15')
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Planerad' })
  await page.getByRole('button', { name: 'Lägg till dialogen' }).click()
  await expect(page.getByTestId('dialogue-2026-12-15')).toContainText('Planerad')

  await openScreen(page, 'Årshjul')
  await page.getByRole('link', { name: 'Ny aktivitet' }).click()
  await page.locator('#event-title').fill('Nätverksträff om jämställd hälsa')
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Nätverksträff' })
  await page.getByLabel('Datum').fill('2026-10-15')
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click()
  const members = page.getByRole('group', { name: 'Registrera deltagande', exact: true })
  await members.getByLabel('Verksamhet', { exact: true }).selectOption({ label: 'Högsby kommun' })
  await members.getByLabel('Kvinnor').fill('3')
  await members.getByLabel('Män', { exact: true }).fill('2')
  await members.getByLabel('Uppgift saknas').fill('1')
  await members.getByRole('button', { name: 'Spara deltagandet' }).click()
  const guests = page.getByRole('group', { name: 'Registrera deltagare utanför anslutna verksamheter' })
  await guests.getByLabel('Organisation (frivilligt)').fill('Kvinnojouren Kalmar')
  await guests.getByLabel('Kvinnor').fill('4')
  await guests.getByRole('button', { name: 'Lägg till deltagarna' }).click()
  await expect(page.getByTestId('non-member-summary')).toContainText('4 deltagare')
})

const cells = async (table: import('@playwright/test').Locator, row: string) =>
  (
    await table
      .getByRole('row', { name: new RegExp(`^${row}(\\s|fotnot)`) })
      .locator('th, td')
      .allInnerTexts()
  ).map((t) => t.trim())

test('Årsuppföljning shows the year’s figures and saves them as PDF and .xlsx', async ({ page, files }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openScreen(page, 'Intyg och rapporter')
  // In February the lägesrapport, like the årsuppföljning, is for the year that has just ended.
  await expect(page.locator('#summary-year')).toHaveValue('2026')
  await page.getByRole('link', { name: 'Öppna årsuppföljningen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Årsuppföljning' })).toBeVisible()
  await expect(page.getByLabel('År')).toHaveValue('2026')

  expect(await cells(page.getByTestId('annual-Anslutna'), 'Kommun')).toEqual(['Kommun', '1'])
  expect(await cells(page.getByTestId('annual-Anslutna'), 'Nya anslutningar')).toEqual([
    expect.stringMatching(/^Nya anslutningar\d+$/),
    '1'
  ])
  expect(await cells(page.getByTestId('annual-Dialoger'), 'Genomförda dialoger')).toEqual([
    expect.stringMatching(/^Genomförda dialoger\d+$/),
    '1'
  ])
  expect(await cells(page.getByTestId('annual-Deltagare'), 'Uppgift saknas')).toEqual(['Uppgift saknas', '1'])
  expect(await cells(page.getByTestId('annual-Deltagare'), 'varav utanför')).toEqual([
    'varav utanför anslutna verksamheter',
    '4'
  ])
  await expect(page.getByText('Planerade dialoger räknas inte.')).toBeVisible()
  await expectNoAxeViolations(page, 'Årsuppföljning')
  await page.screenshot({ path: 'test-results/screens/arsuppfoljning.png' })

  await page.getByLabel('Länsstyrelsens diarienummer (valfritt)').fill('801-77-2027')
  await page.getByLabel('PDF/A-2b för arkivering').check()
  const pdf = await files.save(() => page.getByRole('button', { name: 'Årsuppföljning som PDF…' }).click())
  expect(pdf.name).toBe('arsuppfoljning-2026.pdf')
  await expect(page.getByTestId('annual-message')).toContainText('Årsuppföljningen sparades')
  const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ')
  expect(text).toContain('ÅRSUPPFÖLJNING')
  expect(text).toContain('Diarienummer 801-77-2027')
  expect(text).toMatch(/\nDeltagare totalt( \d+)? 10\n/)
  expect(text).toMatch(/\n ?varav utanför anslutna verksamheter 4\n/)
  expect(execFileSync('pdfinfo', ['-meta', pdf.path], { encoding: 'utf8' })).toMatch(/pdfaid:part>2</)

  const xlsx = await files.save(() => page.getByRole('button', { name: 'Årsuppföljning som Excel…' }).click())
  expect(xlsx.name).toBe('arsuppfoljning-2026.xlsx')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(xlsx.path)
  const sheet = workbook.getWorksheet('Deltagare')!
  const value = (label: string) =>
    sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => r.getCell(1).value === label)
      ?.getCell(2).value
  expect([value('Kvinnor'), value('Män'), value('Uppgift saknas'), value('Deltagare totalt')]).toEqual([7, 2, 1, 10])
  expect(workbook.getWorksheet('Dialoger')!.getRow(2).getCell(2).value).toBe(1)
})
