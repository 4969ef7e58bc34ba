import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen } from './support'

/**
 * GDPR for a person who is no contact person: a dialogue participant is
 * found by the person search, gets a registerutdrag as a PDF, is anonymised,
 * and stays anonymised when a backup from before is restored.
 */
async function openPrivacy(page: Page): Promise<void> {
  await openScreen(page, 'Inställningar')
  await page.getByRole('link', { name: 'Personuppgifter' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Personuppgifter' })).toBeVisible()
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
  await addMember(page, { name: 'Vimmerby kommun', orgNumber: '212000-0738', decisionDate: '2026-01-15' })
  await page.getByRole('link', { name: 'Dialoger och insatsplan', exact: true }).click()
  await page.getByRole('button', { name: 'Ny dialog' }).click()
  await page.getByLabel('Datum').fill('2026-11-10')
  await page.getByRole('button', { name: 'Lägg till deltagare' }).click()
  await page.locator('#participant-0-name').fill('Maja Björk')
  await page.locator('#participant-0-role').fill('Personalchef')
  await page.getByRole('button', { name: 'Lägg till deltagare' }).click()
  await page.locator('#participant-1-name').fill('Olle Sand')
  await page.getByRole('button', { name: 'Lägg till dialogen' }).click()
  await expect(page.getByTestId('dialogue-2026-11-10')).toContainText('Maja Björk (Personalchef)')
})

test('a dialogue participant is found by name and gets a registerutdrag as a PDF', async ({ page, files }) => {
  await openPrivacy(page)
  await page.getByLabel('Sök person').fill('björk')
  await expect(page.getByTestId('person-count')).toHaveText('1 person.')
  await expect(page.getByTestId('person-hits')).toContainText(
    'Deltagare i dialog 2026-11-10 med Vimmerby kommun (Personalchef)'
  )
  await expectNoAxeViolations(page, 'Personuppgifter with a person search')
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: test.info().outputPath('personuppgifter.png'), fullPage: true })

  const saved = await files.save(() =>
    page.getByRole('button', { name: 'Registerutdrag (PDF)… för Maja Björk' }).click()
  )
  await expect(page.getByTestId('privacy-message')).toContainText('Registerutdraget för Maja Björk sparades')
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', saved.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  for (const expected of [
    'Registerutdrag',
    'Uppgifter om Maja Björk enligt artikel 15 i dataskyddsförordningen',
    'Kalmar den 23 november 2026',
    'Deltagare i dialog 2026-11-10 med Vimmerby kommun (Personalchef)',
    'Deltagare i dialoger',
    'Rättslig grund',
    'Hur länge',
    'Länsstyrelsen i Kalmar län'
  ]) {
    expect(text, expected).toContain(expected)
  }
  expect(text).not.toContain('Olle Sand')
  expect(execFileSync('pdfinfo', [saved.path], { encoding: 'utf8' })).not.toMatch(/kugghjul/i)
})

test('an anonymised dialogue participant stays anonymised after restoring a backup from before', async ({
  page,
  files,
  desktop
}) => {
  await openScreen(page, 'Inställningar')
  await page.getByRole('link', { name: 'Säkerhetskopior' }).click()
  const older = await files.save(() => page.getByRole('button', { name: 'Spara säkerhetskopia…' }).click())

  await openPrivacy(page)
  await page.getByLabel('Sök person').fill('Maja')
  await page.getByRole('button', { name: 'Anonymisera… Maja Björk' }).click()
  await expect(page.getByRole('dialog')).toContainText('Deltagare i dialog 2026-11-10 med Vimmerby kommun')
  await page.getByRole('dialog').getByRole('button', { name: 'Anonymisera' }).click()
  await expect(page.getByTestId('privacy-message')).toContainText('Maja Björk anonymiserades')
  await expect(page.getByTestId('person-count')).toHaveText('Ingen person hittades.')

  await openScreen(page, 'Inställningar')
  await page.getByRole('link', { name: 'Säkerhetskopior' }).click()
  await files.open(() => page.getByRole('button', { name: 'Välj säkerhetskopia…' }).click(), {
    name: 'fore.json',
    buffer: await readFile(older.path),
    mimeType: 'application/json'
  })
  const dialog = page.getByRole('dialog', { name: 'Ersätt hela registret?' })
  if (desktop) await dialog.getByRole('button', { name: 'Ersätt allt' }).click()
  else {
    const safety = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Ersätt allt' }).click()
    await safety
  }
  await expect(page.getByTestId('restored-notice')).toContainText('1 anonymiserad person anonymiserades igen.')

  await openScreen(page, 'Verksamheter')
  await page.getByRole('link', { name: 'Vimmerby kommun' }).click()
  await page.getByRole('link', { name: 'Dialoger och insatsplan', exact: true }).click()
  await expect(page.getByTestId('dialogue-2026-11-10')).toContainText('Anonymiserad deltagare (Personalchef)')
  await expect(page.getByTestId('dialogue-2026-11-10')).toContainText('Olle Sand')
  await expect(page.locator('main')).not.toContainText('Maja Björk')
})
