import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { memberTypeLabels } from '../../src/renderer/src/domain/members/member-type'
import { municipalityName } from '../../src/renderer/src/domain/regions/municipality-lookup'
import { generateMembers } from '../../src/renderer/src/domain/test-data/member-generator'
import { completeWizard, expectNoAxeViolations, kalmar, openScreen } from './support'
import { expect, test, type FileDialogs } from './fixtures'

/** A 300-row register as a coordinator's spreadsheet, with five rows that must be refused. */
async function registerSpreadsheet(): Promise<Buffer> {
  const { members, periods } = generateMembers({ seed: 42, count: 300, countyCode: '08', today: '2026-11-23' })
  const firstPeriod = new Map(periods.filter((p) => p.number === 1).map((p) => [p.memberId, p]))
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Register')
  sheet.addRow(['Verksamhet', 'Org.nr', 'Typ', 'Kommun', 'Beslutsdatum', 'Dnr', 'Kontaktperson', 'E-post'])
  for (const m of members) {
    const p = firstPeriod.get(m.id)!
    const [y, mo, d] = p.decisionDate.split('-').map(Number)
    sheet.addRow([
      m.name,
      m.orgNumber,
      memberTypeLabels[m.type],
      municipalityName(m.municipalityCode),
      new Date(Date.UTC(y!, mo! - 1, d!)),
      p.decisionReference,
      m.contactPersons[0]?.name ?? '',
      m.contactPersons[0]?.email ?? ''
    ])
  }
  // Five bad rows (spreadsheet rows 3, 11, 51, 101 and 201).
  sheet.getCell('B3').value = '212000-0663' // wrong check digit
  sheet.getCell('A11').value = '' // no name
  sheet.getCell('E51').value = '2024-13-45' // not a date
  sheet.getCell('B101').value = sheet.getCell('B2').value // same orgnr as row 2
  sheet.getCell('E201').value = '2031-01-01' // decided in the future
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

async function pickFile(
  page: Page,
  files: FileDialogs,
  name: string,
  buffer: Buffer,
  mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
): Promise<void> {
  await files.open(() => page.getByRole('button', { name: 'Välj kalkylark…' }).click(), { name, mimeType, buffer })
}

test.beforeEach(async ({ page }) => {
  // Statuses depend on today's date; pin it so the tests read the same next year.
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
  await openScreen(page, 'Verksamheter')
  await page.getByRole('link', { name: 'Importera', exact: true }).click()
})

test('a 300-row spreadsheet with 5 bad rows imports 295 in one go and lists the 5 with reasons', async ({
  page,
  files
}) => {
  await pickFile(page, files, 'Anslutna verksamheter.xlsx', await registerSpreadsheet())
  await expect(page.getByRole('heading', { name: '2. Koppla kolumner' })).toBeVisible()
  // The columns were recognised from their headers.
  await expect(page.getByLabel('Namn', { exact: true })).toHaveValue('0')
  await expect(page.getByLabel('Organisationsnummer')).toHaveValue('1')
  await expect(page.getByLabel('Beslutsdatum')).toHaveValue('4')
  await expectNoAxeViolations(page, 'the import mapping step')

  await page.getByRole('button', { name: 'Granska raderna' }).click()
  await expect(page.getByTestId('import-summary')).toHaveText(
    '295 rader kan importeras. 5 rader har fel och hoppas över.'
  )
  const problems = page.getByTestId('import-problems')
  await expect(problems.locator('tbody tr')).toHaveCount(5)
  await expect(problems).toContainText('Kontrollsiffran stämmer inte i 212000-0663')
  await expect(problems).toContainText('Ange verksamhetens namn')
  await expect(problems).toContainText('Ange beslutsdatum som ÅÅÅÅ-MM-DD')
  await expect(problems).toContainText('står redan på rad 2 i filen')
  await expect(problems).toContainText('ligger efter dagens datum')
  await expectNoAxeViolations(page, 'the import review step')

  await page.getByRole('button', { name: 'Importera 295 verksamheter' }).click()
  await expect(page.getByTestId('import-result')).toHaveText('295 verksamheter importerades; 5 rader hoppades över.')
  await expect(page.getByText('Rad 3:')).toBeVisible()

  await page.getByRole('link', { name: 'Till verksamheterna' }).click()
  await expect(page.getByTestId('member-count')).toHaveText('Visar 295 av 295 verksamheter')
})

test('cancelling at the review leaves the register as it was', async ({ page, files }) => {
  await pickFile(page, files, 'Anslutna verksamheter.xlsx', await registerSpreadsheet())
  await page.getByRole('button', { name: 'Granska raderna' }).click()
  await expect(page.getByTestId('import-summary')).toBeVisible()
  await page.getByRole('button', { name: 'Avbryt importen' }).click()
  await expect(page.getByRole('heading', { name: '1. Välj fil' })).toBeVisible()
  await openScreen(page, 'Verksamheter')
  await expect(page.getByTestId('member-count')).toHaveText('Visar 0 av 0 verksamheter')
  await page.reload()
  await expect(page.getByTestId('member-count')).toHaveText('Visar 0 av 0 verksamheter')
})

test('a semicolon CSV in Windows-1252 keeps å, ä and ö, and a file that is not a spreadsheet is explained', async ({
  page,
  files
}) => {
  const csv =
    'Namn;Organisationsnummer;Kommun;Beslutsdatum\r\nMörbylånga kommun;212000-0720;Mörbylånga;2025-09-01\r\nÖlands Äventyrsförening;802000-0003;Borgholm;2025-10-01\r\n'
  await pickFile(page, files, 'register.csv', Buffer.from(csv, 'latin1'), 'text/csv')
  await page.getByRole('button', { name: 'Granska raderna' }).click()
  await expect(page.getByTestId('import-summary')).toContainText('kan importeras')
  await expect(page.getByText('Mörbylånga kommun')).toBeVisible()

  await page.getByRole('button', { name: 'Avbryt importen' }).click()
  await pickFile(page, files, 'register.xlsx', Buffer.from('detta är ingen arbetsbok'), 'text/plain')
  await expect(page.getByRole('alert')).toHaveText(
    'Filen "register.xlsx" kunde inte läsas som en Excel-arbetsbok; den är skadad eller ofullständig. Öppna filen i Excel, spara den på nytt som .xlsx eller .csv och försök igen.'
  )
})

test('a 6,5 KB file merging the whole sheet and a zip bomb are refused in Swedish while the window keeps responding', async ({
  page,
  files
}) => {
  const hugeMerge = await readFile('tests/fixtures/bad/huge-merged-range.xlsx')
  await pickFile(page, files, 'sammanfogad.xlsx', hugeMerge)
  await expect(page.getByRole('alert')).toHaveText(
    /^Filen "sammanfogad\.xlsx" har sammanfogade celler som täcker orimligt många celler\. Ta bort sammanfogningen i Excel/
  )
  // The page still paints and answers: the file was read in a worker behind the guard, not by ExcelJS on this thread.
  expect(await page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true))))).toBe(
    true
  )
  await expect(page.getByRole('button', { name: 'Välj kalkylark…' })).toBeEnabled()

  await pickFile(page, files, 'bomb.xlsx', await readFile('tests/fixtures/bad/zip-bomb.xlsx'))
  await expect(page.getByRole('alert')).toHaveText(
    /^Filen "bomb\.xlsx" läses inte in: den packas upp till orimligt mycket data\. Så ser inte ett verksamhetsregister ut/
  )
  await expectNoAxeViolations(page, 'the member import with a refused file')
})
