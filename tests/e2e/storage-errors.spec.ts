import { dumpDatabase } from './database-dump'
import { addMember, completeWizard, kalmar, openScreen } from './support'
import { expect, test } from './fixtures'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
})

test('a full disk during a write shows a clear message and loses nothing already saved', async ({ page }) => {
  await addMember(page, { name: 'Hultsfreds kommun', orgNumber: '212000-0753', decisionDate: '2026-02-01' })
  const before = await dumpDatabase(page)

  // From now on IndexedDB refuses every write, as a browser does when its quota is used up.
  await page.evaluate(() => {
    const refuse = () => {
      throw new DOMException('Kvoten är slut', 'QuotaExceededError')
    }
    IDBObjectStore.prototype.put = refuse
    IDBObjectStore.prototype.add = refuse
  })
  await page.getByRole('button', { name: 'Klart i dag: Intyg utfärdat' }).click()
  await expect(page.getByTestId('error-notice')).toContainText('lagringsutrymmet är fullt')
  await expect(page.getByTestId('error-notice')).toContainText('Allt som sparats tidigare finns kvar')

  await page.getByRole('link', { name: 'Redigera uppgifter' }).click()
  await page.locator('#member-name').fill('Hultsfreds kommun (ändrad)')
  await page.getByRole('button', { name: 'Spara ändringarna' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Verksamheten kunde inte sparas' })).toContainText(
    'lagringsutrymmet är fullt'
  )

  await page.reload()
  expect(await dumpDatabase(page)).toEqual(before)
  await openScreen(page, 'Verksamheter')
  await expect(page.getByRole('link', { name: 'Hultsfreds kommun', exact: true })).toBeVisible()
})
