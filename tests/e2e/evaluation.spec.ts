import { execFileSync } from 'node:child_process'
import ExcelJS from 'exceljs'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen } from './support'
import { expect, test } from './fixtures'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
  // Period 1 ends 2027-01-09: 47 days left, so the evaluation is due.
  await addMember(page, { name: 'Högsby kommun', orgNumber: '212000-0787', decisionDate: '2024-01-10' })
  await page.getByRole('link', { name: 'Dialoger och insatsplan', exact: true }).click()
  await page.getByRole('button', { name: 'Skapa insatsplan' }).click()
  await page.getByRole('button', { name: 'Ny insats' }).click()
  await page.getByLabel('Insats', { exact: true }).fill('Jämställd lönekartläggning')
  await page.locator('.action-form').getByLabel('2. Ekonomisk jämställdhet').check()
  await page.getByLabel('Startdatum', { exact: true }).fill('2024-03-01')
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Genomförd' })
  await page.getByRole('button', { name: 'Lägg till insatsen' }).click()
  await expect(page.getByTestId('action-Jämställd lönekartläggning')).toBeVisible()
  await page.getByRole('link', { name: 'Högsby kommun' }).click()
})

test('an evaluation that renews the membership starts period 2, and its report is a PDF', async ({ page, files }) => {
  await expect(page.getByTestId('member-status')).toHaveText('Utvärdering närmar sig')
  await page.getByRole('link', { name: 'Utvärdering av period 1' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Utvärdering av period 1: Högsby kommun' })).toBeVisible()
  const goal2 = page.getByTestId('assessment-goal-2')
  await expect(goal2).toContainText('Jämställd lönekartläggning')

  // What completing needs is said beside each field before anyone presses Slutför.
  await expect(goal2).toContainText('Krävs för att slutföra: en bedömning 1–3 och en kommentar')
  await expect(page.getByTestId('assessment-goal-1')).toContainText('Frivillig: inga insatser under perioden.')

  // Completing without assessing what was worked on is refused before the question, with the reason beside the field.
  await page.getByLabel('Förnya anslutningen för en ny period').check()
  await page.getByRole('button', { name: 'Slutför utvärderingen…' }).click()
  await expect(page.getByTestId('evaluation-message')).toHaveText(
    'Utvärderingen kan inte slutföras ännu. Rätta de markerade fälten och försök igen.'
  )
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(goal2).toContainText('Bedöm Delmål 2: Ekonomisk jämställdhet (1–3)')
  await expect(goal2.getByLabel('Bedömning')).toBeFocused()
  await expect(page.getByTestId('evaluation-status')).toHaveText('Inte påbörjad')

  await goal2.getByLabel('Bedömning').selectOption({ label: '2 – Etablerat' })
  await goal2.getByLabel('Kommentar').fill('Lönekartläggningen görs nu varje år.')
  await page.getByLabel('Samlade slutsatser').fill('Högsby har kommit långt med ekonomisk jämställdhet.')
  await page.getByLabel('Beslutsdatum för förnyelsen').fill('2026-11-20')
  await page.getByLabel('Diarienummer', { exact: true }).fill('KS 2026/88')
  await page.getByRole('button', { name: 'Spara utkast' }).click()
  await expect(page.getByTestId('evaluation-status')).toHaveText('Utkast')
  await expectNoAxeViolations(page, 'the evaluation form')

  await page.getByRole('button', { name: 'Slutför utvärderingen…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Slutför' }).click()
  await expect(page.getByTestId('evaluation-message')).toHaveText('Utvärderingen är klar. Period 2 börjar 2027-01-10.')
  await expect(page.getByTestId('evaluation-status')).toHaveText('Klar')

  // A finished evaluation reads as a summary, not as a locked form.
  const summary = page.getByTestId('evaluation-summary')
  await expect(summary).toContainText('Utvärderingen slutfördes den 23 november 2026.')
  await expect(summary.getByRole('heading', { level: 2, name: 'Bedömning per delmål och fokusområde' })).toBeVisible()
  const goal2Summary = summary.getByRole('region', { name: 'Delmål 2: Ekonomisk jämställdhet' })
  await expect(goal2Summary).toContainText('Bedömning: 2 – Etablerat · 1 insats')
  await expect(goal2Summary).toContainText('Lönekartläggningen görs nu varje år.')
  await expect(summary.getByRole('region')).toHaveCount(1)
  await expect(summary.getByTestId('evaluation-untouched')).toContainText('Delmål 1: En jämn fördelning av makt')
  await expect(summary.getByRole('heading', { level: 2, name: 'Samlade slutsatser' })).toBeVisible()
  await expect(summary).toContainText('Högsby har kommit långt med ekonomisk jämställdhet.')
  await expect(summary).toContainText('Anslutningen förnyas.')
  await expect(summary).toContainText('Nytt ledningsbeslut den 20 november 2026 (KS 2026/88).')
  await expect(summary.getByTestId('evaluation-next-period')).toHaveText('Period 2: 2027-01-10 – 2030-01-09.')
  await expect(page.getByRole('combobox', { name: 'Bedömning' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Slutför utvärderingen…' })).toHaveCount(0)
  await expectNoAxeViolations(page, 'the completed evaluation')

  // The länsstyrelse's diarienummer: refused when it cannot be printed, then on the cover and in the footer.
  const caseNumber = page.getByLabel('Länsstyrelsens diarienummer (valfritt)')
  await caseNumber.fill('801-'.repeat(20))
  await page.getByRole('button', { name: 'Skapa utvärderingsrapport (PDF)…' }).click()
  await expect(page.getByTestId('evaluation-message')).toHaveText(
    'Diarienumret får vara högst 60 tecken. Kontrollera att du har klistrat in rätt text.'
  )
  await caseNumber.fill('801-4567-2026')
  const { path: file } = await files.save(() =>
    page.getByRole('button', { name: 'Skapa utvärderingsrapport (PDF)…' }).click()
  )
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  expect(text).toMatch(/Diarienummer\s+801-4567-2026/)
  expect(text).toContain('Dnr 801-4567-2026')
  for (const expected of [
    'Högsby kommun',
    '212000-0787',
    'Jämställd lönekartläggning',
    'Lönekartläggningen görs nu varje år.',
    'Ekonomisk jämställdhet'
  ]) {
    expect(text, expected).toContain(expected)
  }

  await page.getByRole('link', { name: 'Högsby kommun' }).click()
  await expect(page.getByTestId('period-2')).toContainText('Period 2: 2027-01-10 – 2030-01-09')
  await expect(page.getByTestId('member-status')).toHaveText('Förnyad')
})

test('the lägesrapport for the year comes as PDF and as Excel', async ({ page, files }) => {
  await openScreen(page, 'Intyg och rapporter')
  const { path: pdfFile } = await files.save(() => page.getByRole('button', { name: 'Lägesrapport som PDF…' }).click())
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' })
  expect(text).toContain('2026')
  expect(text).toContain('Kommun')
  expect(text).toContain('Ekonomisk jämställdhet')

  const xlsx = await files.save(() => page.getByRole('button', { name: 'Lägesrapport som Excel…' }).click())
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(xlsx.path)
  expect(workbook.worksheets.length).toBeGreaterThan(1)
  await expectNoAxeViolations(page, 'Intyg och rapporter with the lägesrapport')
})
