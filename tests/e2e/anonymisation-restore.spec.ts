import { expect, test } from '@playwright/test'
import { addMember, completeWizard, kalmar, openScreen } from './support'

/**
 * GDPR: a contact person who was anonymised stays anonymised when an older
 * backup, taken while the person's name was still in the register, is
 * restored. Web platform: the backup is a download, the restore a file input.
 */
test('restoring a backup from before an anonymisation does not bring the name back', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
  await addMember(page, { name: 'Kalmar kommun', orgNumber: '212000-0662', decisionDate: '2024-02-01' })
  await page.getByRole('link', { name: 'Redigera uppgifter' }).click()
  for (const [index, name, email] of [
    [0, 'Åsa Öberg', 'asa.oberg@kalmar.se'],
    [1, 'Per Lind', 'per.lind@kalmar.se']
  ] as const) {
    await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click()
    await page.locator(`#contact-${index}-name`).fill(name)
    await page.locator(`#contact-${index}-email`).fill(email)
  }
  await page.getByRole('button', { name: 'Spara ändringarna' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kalmar kommun', exact: true })).toBeVisible()
  await expect(page.locator('main')).toContainText('Åsa Öberg')

  // The older backup, with Åsa Öberg in it.
  await openScreen(page, 'Inställningar')
  await page.getByRole('link', { name: 'Säkerhetskopior' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Spara säkerhetskopia…' }).click()
  const older = testInfo.outputPath('fore-anonymisering.json')
  await (await download).saveAs(older)

  await openScreen(page, 'Inställningar')
  await page.getByRole('link', { name: 'Personuppgifter' }).click()
  await page.getByRole('button', { name: 'Anonymisera… Åsa Öberg' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Anonymisera' }).click()
  await expect(page.getByTestId('privacy-message')).toContainText('Åsa Öberg anonymiserades')

  await openScreen(page, 'Inställningar')
  await page.getByRole('link', { name: 'Säkerhetskopior' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj säkerhetskopia…' }).click()
  await (await chooser).setFiles(older)
  const safety = page.waitForEvent('download')
  await page
    .getByRole('dialog', { name: 'Ersätt hela registret?' })
    .getByRole('button', { name: 'Ersätt allt' })
    .click()
  await safety
  await expect(page.getByTestId('restored-notice')).toContainText('fore-anonymisering.json')
  await expect(page.getByTestId('restored-notice')).toContainText('1 anonymiserad person anonymiserades igen.')

  await openScreen(page, 'Verksamheter')
  await page.getByRole('link', { name: 'Kalmar kommun' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kalmar kommun', exact: true })).toBeVisible()
  await expect(page.getByText('Anonymiserad kontaktperson')).toBeVisible()
  await expect(page.locator('main')).toContainText('Per Lind')
  await expect(page.locator('main')).not.toContainText('Åsa Öberg')
  await expect(page.locator('main')).not.toContainText('asa.oberg@kalmar.se')
})
