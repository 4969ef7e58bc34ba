import type { Page } from '@playwright/test'
import { expectFirstPdfPage } from './pdf-first-page'
import { importFile } from './statistics-support'
import { addMember, completeWizard, kalmar, openScreen, orgNumber } from './support'
import { expect, test, type FileDialogs } from './fixtures'

/**
 * Screenshot tests: the main screens at 1366×768 and the first page of every
 * PDF, against the images committed under tests/e2e/__screenshots__/. The
 * clock, the county profile, the Exempeldata register (seeded) and the ids
 * are fixed, so every run draws the same pixels. After an intended change of
 * a screen or a document, `npm run screenshots` builds the renderer and draws
 * new baselines and the README's pictures; look at them before committing.
 */
const readmePictures = process.env['KUGGHJUL_README_SCREENSHOTS'] === '1'
/** The screens README.md shows, as the first 1366×768 a user sees (docs/screenshots/). */
const inReadme = new Set(['oversikt', 'verksamheter', 'verksamhet', 'dialoger', 'statistik'])

test.use({ viewport: { width: 1366, height: 768 } })

test.beforeEach(async ({ page, files }) => {
  // Ids drawn in order instead of at random (kept across reloads), so sorting by id is the same on every run.
  await page.addInitScript(() => {
    const key = 'e2e-uuid-counter'
    crypto.randomUUID = () => {
      const n = Number(localStorage.getItem(key) ?? '0') + 1
      localStorage.setItem(key, String(n))
      return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as ReturnType<Crypto['randomUUID']>
    }
  })
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, kalmar, files)
  await openScreen(page, 'Inställningar')
  await page.getByLabel('Antal verksamheter').fill('24')
  await page.getByRole('button', { name: 'Skapa exempeldata…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Skapa' }).click()
  await expect(page.getByText(/påhittade verksamheter med/)).toBeVisible()
  // A member of our own whose first period ends in 47 days: its evaluation is due.
  await addMember(page, {
    name: 'Ädelfors Öland Ekonomisk förening',
    orgNumber: orgNumber('769000005'),
    type: 'Annan',
    decisionDate: '2024-01-10'
  })
})

async function expectScreen(page: Page, name: string): Promise<void> {
  // Nothing runs off the right edge at 1366 px: a coordinator should never scroll sideways.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${name} is wider than 1366 px`
  ).toBeLessThanOrEqual(1366)
  await expect(page).toHaveScreenshot(`${name}.png`, { fullPage: true })
  if (readmePictures && inReadme.has(name)) await page.screenshot({ path: `docs/screenshots/${name}.png` })
}

async function openSetting(page: Page, name: string): Promise<void> {
  await openScreen(page, 'Inställningar')
  await page.getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

test('the overview and the member screens look as they did', async ({ page }) => {
  await openScreen(page, 'Översikt')
  await expectScreen(page, 'oversikt')
  await openScreen(page, 'Verksamheter')
  await expectScreen(page, 'verksamheter')

  await page.getByRole('link', { name: 'Ädelfors Öland Ekonomisk förening' }).click()
  await page.getByRole('link', { name: 'Utvärdering av period 1' }).click()
  await expect(page.getByTestId('evaluation-status')).toHaveText('Inte påbörjad')
  await expectScreen(page, 'utvardering')

  await openScreen(page, 'Verksamheter')
  // A member whose membership runs, with contact persons, dialogues and a plan: the first active one in the list.
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Aktiv' })
  await page.getByRole('table').getByRole('link').first().click()
  await expectScreen(page, 'verksamhet')
  await page.getByRole('link', { name: 'Dialoger och insatsplan', exact: true }).click()
  await expectScreen(page, 'dialoger-och-insatsplan')

  await openScreen(page, 'Dialoger och insatsplaner')
  await expectScreen(page, 'dialoger')
})

// Two tests for the screens, so each stays well inside the 30 s limit on a busy CI machine.
test('the årshjul, statistics, documents and settings screens look as they did', async ({ page, files }) => {
  await openScreen(page, 'Årshjul')
  await expectScreen(page, 'arshjul')

  await importFile(page, files, 'tests/fixtures/stats/pxweb_region_kon_ar.xlsx')
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.getByRole('link', { name: 'Visa statistiken' }).click()
  await expectScreen(page, 'statistik')

  await openScreen(page, 'Intyg och rapporter')
  await expectScreen(page, 'intyg-och-rapporter')
  await openScreen(page, 'Inställningar')
  await expectScreen(page, 'installningar')
  await openSetting(page, 'Säkerhetskopior')
  await expectScreen(page, 'sakerhetskopior')
  await openSetting(page, 'Personuppgifter')
  await expectScreen(page, 'personuppgifter')
})

async function savedPdf(files: FileDialogs, page: Page, button: string): Promise<string> {
  return (await files.save(() => page.getByRole('button', { name: button }).click())).path
}

test('the first page of every document looks as it did', async ({ page, files }) => {
  await page.getByRole('link', { name: 'Utvärdering av period 1' }).click()
  const goal2 = page.getByTestId('assessment-goal-2')
  await goal2.getByLabel('Bedömning').selectOption({ label: '2 – Etablerat' })
  await goal2.getByLabel('Kommentar').fill('Lönekartläggningen görs nu varje år.')
  await page.getByLabel('Samlade slutsatser').fill('Föreningen har kommit långt med ekonomisk jämställdhet.')
  await page.getByLabel('Förnya anslutningen för en ny period').check()
  await page.getByLabel('Beslutsdatum för förnyelsen').fill('2026-11-20')
  await page.getByLabel('Diarienummer', { exact: true }).fill('Styrelsen 2026/4')
  await page.getByRole('button', { name: 'Slutför utvärderingen…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Slutför' }).click()
  await expect(page.getByTestId('evaluation-status')).toHaveText('Klar')
  await page.getByLabel('Länsstyrelsens diarienummer (valfritt)').fill('801-4567-2026')
  expectFirstPdfPage(await savedPdf(files, page, 'Skapa utvärderingsrapport (PDF)…'), 'utvarderingsrapport.png')

  await openScreen(page, 'Intyg och rapporter')
  expectFirstPdfPage(await savedPdf(files, page, 'Lägesrapport som PDF…'), 'lagesrapport.png')

  await page.getByRole('link', { name: 'Öppna årsuppföljningen' }).click()
  expectFirstPdfPage(await savedPdf(files, page, 'Årsuppföljning som PDF…'), 'arsuppfoljning.png')
  const countyFile = await savedPdf(files, page, 'Länsfil till riksöversikten…')

  await openScreen(page, 'Intyg och rapporter')
  await page.getByRole('link', { name: 'Öppna riksöversikten' }).click()
  await files.open(() => page.getByRole('button', { name: 'Läs in länsfil…' }).click(), countyFile)
  await expect(page.getByRole('heading', { name: /av 21 län/ })).toBeVisible()
  expectFirstPdfPage(await savedPdf(files, page, 'Riksöversikt som PDF…'), 'riksoversikt.png')

  await openSetting(page, 'Personuppgifter')
  const extract = page.getByRole('button', { name: /^Registerutdrag \(PDF\)… för / }).first()
  expectFirstPdfPage((await files.save(() => extract.click())).path, 'registerutdrag.png')
})
