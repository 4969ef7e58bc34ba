import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { Locator } from '@playwright/test'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen } from './support'
import { expect, test } from './fixtures'

/**
 * Riksöversikt: Kalmar saves its länsfil under Årsuppföljning; then the
 * coordinator reads it together with Halland's and Gotland's files and a
 * corrected Kalmar file (the newer one counts), sees the totals, is refused a
 * broken and a foreign file, and saves the roll-up as PDF and .xlsx.
 */
const row = async (table: Locator, name: string) =>
  (
    await table
      .getByRole('row', { name: new RegExp(`^${name}\\b`) })
      .locator('th, td')
      .allInnerTexts()
  ).map((t) => t.trim())

test('county files rolled up: one per län, the newer wins, totals, bad files refused, PDF and .xlsx', async ({
  page,
  files
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.clock.setFixedTime(new Date('2027-02-10T10:00:00Z'))
  await completeWizard(page, { ...kalmar, logo: undefined })
  await addMember(page, {
    name: 'Högsby kommun',
    orgNumber: '212000-0787',
    decisionDate: '2026-01-10',
    municipality: 'Högsby (0821)'
  })

  await openScreen(page, 'Intyg och rapporter')
  await page.getByRole('link', { name: 'Öppna årsuppföljningen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Årsuppföljning' })).toBeVisible()
  await expect(page.getByLabel('År')).toHaveValue('2026')
  const saved = await files.save(() => page.getByRole('button', { name: 'Länsfil till riksöversikten…' }).click())
  expect(saved.name).toBe('lansuppgifter-08-2026.json')
  await expect(page.getByTestId('annual-message')).toContainText('Länsfilen för Kalmar län 2026 sparades')
  const kalmarFile = JSON.parse(await readFile(saved.path, 'utf8')) as Record<string, unknown> & {
    figures: Record<string, Record<string, number> | number>
  }
  expect(kalmarFile).toMatchObject({
    format: 'kugghjul-lansuppgifter',
    formatVersion: 1,
    countyCode: '08',
    countyName: 'Kalmar län',
    year: 2026,
    createdAt: '2027-02-10T10:00:00.000Z'
  })
  expect(kalmarFile.figures['membersAtYearEnd']).toMatchObject({ municipality: 1 })
  // Counts only: no name of the member anywhere in the file.
  expect(JSON.stringify(kalmarFile)).not.toContain('Högsby')

  const variant = (
    countyCode: string,
    countyName: string,
    createdAt: string,
    counts: Record<string, number>,
    members: number
  ) =>
    Buffer.from(
      JSON.stringify({
        ...kalmarFile,
        countyCode,
        countyName,
        createdAt,
        figures: {
          ...kalmarFile.figures,
          ...counts,
          membersAtYearEnd: { ...(kalmarFile.figures['membersAtYearEnd'] as object), municipality: members }
        }
      })
    )
  const halland = variant('13', 'Hallands län', '2027-02-01T08:00:00.000Z', { dialoguesHeld: 7, eventsHeld: 4 }, 6)
  const gotland = variant('09', 'Gotlands län', '2027-01-20T08:00:00.000Z', { dialoguesHeld: 2, eventsHeld: 1 }, 1)
  const kalmarCorrected = variant(
    '08',
    'Kalmar län',
    '2027-02-12T09:30:00.000Z',
    { dialoguesHeld: 3, eventsHeld: 2 },
    4
  )

  await openScreen(page, 'Intyg och rapporter')
  await page.getByRole('link', { name: 'Öppna riksöversikten' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Riksöversikt' })).toBeVisible()
  await expect(page.getByText('Inga länsfiler är inlästa.')).toBeVisible()
  await expectNoAxeViolations(page, 'the empty Riksöversikt')

  const read = (file: string | { name: string; buffer: Buffer }) =>
    files.open(() => page.getByRole('button', { name: 'Läs in länsfil…' }).click(), file)
  await read(saved.path)
  await expect(page.getByTestId('rollup-files')).toContainText('Kalmar län: lansuppgifter-08-2026.json')
  await read({ name: 'halland.json', buffer: halland })
  await read({ name: 'gotland.json', buffer: gotland })
  await read({ name: 'kalmar-rattad.json', buffer: kalmarCorrected })
  await expect(page.getByTestId('rollup-notices')).toHaveText(
    'Kalmar län fanns redan (lansuppgifter-08-2026.json, skapad 2027-02-10 10:00). Den nyare filen kalmar-rattad.json, skapad 2027-02-12 09:30, används i stället.'
  )
  await expect(page.getByRole('heading', { name: '2026: 3 av 21 län' })).toBeVisible()

  const table = page.getByTestId('rollup-table')
  const header = (await table.locator('thead th').allInnerTexts()).map((t) => t.trim())
  expect(header.slice(0, 2)).toEqual(['Län', 'Anslutna vid årets slut'])
  const col = (label: string) => header.indexOf(label)
  const kalmarRow = await row(table, 'Kalmar län')
  expect([
    kalmarRow[col('Anslutna vid årets slut')],
    kalmarRow[col('Dialoger')],
    kalmarRow[col('Aktiviteter')]
  ]).toEqual(['4', '3', '2'])
  expect(await row(table, 'Stockholms län')).toEqual(['Stockholms län', ...Array(header.length - 1).fill('')])
  const totals = await row(table, 'Totalt')
  expect([totals[col('Anslutna vid årets slut')], totals[col('Dialoger')], totals[col('Aktiviteter')]]).toEqual([
    '11',
    '12',
    '7'
  ])
  await expect(page.getByRole('img', { name: /Anslutna, dialoger och aktiviteter per län 2026/ })).toBeVisible()
  await expectNoAxeViolations(page, 'Riksöversikt with three counties')
  await page.screenshot({ path: 'test-results/screens/riksoversikt.png', fullPage: true })

  // Refused, with the reason; what was read stays.
  await read({ name: 'lansuppgifter.json', buffer: Buffer.from('Län;Anslutna\nKalmar;4\n') })
  await expect(page.getByRole('alert')).toHaveText(
    'lansuppgifter.json kan inte läsas in: filen är ingen länsfil från Kugghjul (den är inte JSON).'
  )
  await read({
    name: 'med-namn.json',
    buffer: Buffer.from(JSON.stringify({ ...kalmarFile, contactPersons: ['Åsa Öberg'] }))
  })
  await expect(page.getByRole('alert')).toContainText(
    'uppgifter som inte hör till formatet (contactPersons); en länsfil innehåller bara antal'
  )
  await read({
    name: 'halland-2025.json',
    buffer: Buffer.from(JSON.stringify({ ...JSON.parse(halland.toString()), year: 2025 }))
  })
  await expect(page.getByRole('alert')).toHaveText(
    'halland-2025.json gäller 2025, men översikten gäller 2026. Töm översikten för att jämföra ett annat år.'
  )
  await expect(page.getByRole('heading', { name: '2026: 3 av 21 län' })).toBeVisible()

  const pdf = await files.save(() => page.getByRole('button', { name: 'Riksöversikt som PDF…' }).click())
  expect(pdf.name).toBe('riksoversikt-2026.pdf')
  await expect(page.getByTestId('rollup-message')).toContainText('Riksöversikten sparades')
  const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ')
  expect(text).toContain('RIKSÖVERSIKT')
  expect(text).toMatch(/\n ?Kalmar län 4 1 0 0 3 0 2 /)
  expect(text).toMatch(/\n ?Totalt 11 3 0 0 12 0 7 /)
  expect(text).toContain('kalmar-rattad.json')

  const xlsx = await files.save(() => page.getByRole('button', { name: 'Riksöversikt som Excel…' }).click())
  expect(xlsx.name).toBe('riksoversikt-2026.xlsx')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(xlsx.path)
  const sheet = workbook.getWorksheet('Riksöversikt')!
  const headers = (sheet.getRow(1).values as unknown[]).slice(1)
  const cell = (county: string, label: string) =>
    sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => r.getCell(2).value === county)
      ?.getCell(headers.indexOf(label) + 1).value
  expect([
    cell('Hallands län', 'Anslutna vid årets slut: Kommun'),
    cell('Hallands län', 'Dialoger'),
    cell('Totalt', 'Anslutna vid årets slut: Kommun')
  ]).toEqual([6, 7, 11])
  expect(sheet.rowCount).toBe(23)
})
