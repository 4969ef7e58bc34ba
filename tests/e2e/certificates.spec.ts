import { execFileSync } from 'node:child_process'
import { expectFirstPdfPage } from './pdf-first-page'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen, orgNumber } from './support'
import { expect, test, type FileDialogs } from './fixtures'

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
}

async function savedPdf(files: FileDialogs, trigger: () => Promise<unknown>): Promise<{ path: string; text: string }> {
  const { path } = await files.save(trigger)
  return { path, text: pdfText(path) }
}

test.beforeEach(async ({ page, files }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, kalmar, files)
})

test('a batch of certificates for three members becomes one PDF, and a code checks out under Kontrollera intyg', async ({
  page,
  files
}) => {
  await addMember(page, { name: 'Mörbylånga kommun', orgNumber: '212000-0720', decisionDate: '2026-02-01' })
  await addMember(page, {
    name: 'Ädelfors Öland Ekonomisk förening',
    orgNumber: orgNumber('769000005'),
    type: 'Annan',
    decisionDate: '2026-03-15'
  })
  await addMember(page, {
    name: 'Region Kalmar län',
    orgNumber: '232100-0073',
    type: 'Region',
    decisionDate: '2025-12-10'
  })

  await openScreen(page, 'Intyg och rapporter')
  await expect(page.getByRole('heading', { name: 'Perioder som väntar på intyg (3)' })).toBeVisible()
  await expectNoAxeViolations(page, 'Intyg och rapporter')
  // The batch asks first, naming the numbers it takes into use; cancelling issues nothing.
  await page.getByRole('button', { name: 'Utfärda alla 3 intyg…' }).click()
  const question = page.getByRole('dialog', { name: 'Utfärda 3 intyg?' })
  await expect(question.getByTestId('issue-question')).toHaveText('Numren H-2026-001–H-2026-003 tas i bruk.')
  await expectNoAxeViolations(page, 'the question before issuing a batch')
  await question.getByRole('button', { name: 'Avbryt' }).click()
  await expect(question).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Perioder som väntar på intyg (3)' })).toBeVisible()
  await page.getByRole('button', { name: 'Utfärda alla 3 intyg…' }).click()
  const { path, text } = await savedPdf(files, () =>
    question.getByRole('button', { name: 'Utfärda 3 intyg', exact: true }).click()
  )
  await expect(page.getByTestId('certificate-message')).toContainText('3 intyg sparades')
  expect(text.replace(/\s+/g, ' ')).toContain('genom ledningsbeslut den 1 februari 2026 har anslutit sig till')
  expect(text.replace(/\s+/g, ' ')).toContain('Kalmar den 23 november 2026 Åsa Öberg Landshövding')
  // The first page as an image, against the committed one (fixed clock, data and logo).
  expectFirstPdfPage(path, 'intyg-forsta-sidan.png')

  for (const expected of [
    'Mörbylånga kommun',
    '212000-0720',
    'Ädelfors Öland Ekonomisk förening',
    'Region Kalmar län',
    '232100-0073',
    'H-2026-001',
    'H-2026-002',
    'H-2026-003',
    'Ett jämställt Kalmar län',
    'Åsa Öberg'
  ]) {
    expect(text, expected).toContain(expected)
  }
  const pages = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  expect(pages).toMatch(/Pages:\s+3/)

  // Every period now has its certificate, and the welcome package says so.
  await expect(page.getByRole('heading', { name: 'Perioder som väntar på intyg (0)' })).toBeVisible()
  const issued = page.getByTestId('issued-certificates')
  const row = issued.getByRole('row', { name: /Mörbylånga kommun/ })
  const code = (await row.locator('td.code').innerText()).trim()
  const number = (await row.locator('td').first().innerText()).trim()
  expect(text).toContain(code)

  await page.getByRole('link', { name: 'Kontrollera ett intyg' }).click()
  await page.getByLabel('Nummer eller kontrollkod').fill(code.toLowerCase().replace(/-/g, ' '))
  await page.getByRole('button', { name: 'Kontrollera' }).click()
  const verification = page.getByTestId('verification')
  await expect(verification.getByRole('heading', { name: 'Intyget är äkta' })).toBeVisible()
  await expect(verification).toContainText('Mörbylånga kommun')
  await expect(verification).toContainText(number)
  await expect(verification).toContainText('Perioden pågår.')
  await expectNoAxeViolations(page, 'Kontrollera intyg')

  await page.getByLabel('Nummer eller kontrollkod').fill('H-2026-999')
  await page.getByRole('button', { name: 'Kontrollera' }).click()
  await expect(verification.getByRole('heading', { name: 'Inget intyg hittades' })).toBeVisible()
})

test('reprinting from the member page gives the same number and code', async ({ page, files }) => {
  await addMember(page, { name: 'Torsås kommun', orgNumber: '212000-0704', decisionDate: '2026-01-20' })
  const { text: first } = await savedPdf(files, () => page.getByRole('button', { name: 'Utfärda intyg…' }).click())
  await expect(page.getByTestId('period-1')).toContainText('✓')
  const { text: second } = await savedPdf(files, () => page.getByRole('button', { name: 'Skriv ut intyget…' }).click())
  const numberAndCode = (t: string) => [
    t.match(/H-2026-\d{3}/)?.[0],
    t.match(/[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}/)?.[0]
  ]
  expect(numberAndCode(second)).toEqual(numberAndCode(first))
  expect(numberAndCode(first)[0]).toBe('H-2026-001')
})
