import { addMember, completeWizard, kalmar } from './support'
import { expect, test } from './fixtures'

// The app's "today" must follow the calendar on a laptop that is left open: at midnight, and when
// the window comes back (focus, visibility) after timers may not have run during sleep.
test('statuses and the decision date check follow the date past midnight and on focus', async ({ page }) => {
  // Times carry their offset: the browser runs in Europe/Stockholm, the test process in UTC.
  await page.clock.install({ time: new Date('2026-03-14T23:40:00+01:00') })
  await completeWizard(page, { ...kalmar, logo: undefined })
  // Decided 2023-03-15: the period's last day is 2026-03-14, today.
  await addMember(page, { name: 'Borgholms kommun', orgNumber: '2120000662', decisionDate: '2023-03-15' })
  await expect(page.getByTestId('member-status')).toHaveText('Utvärdering närmar sig')

  await page.clock.runFor('30:00')
  await expect(page.getByTestId('member-status')).toHaveText('Utvärdering försenad')

  // Asleep for four days: no timer ran, but the window gets focus again.
  await page.clock.setSystemTime(new Date('2026-03-19T08:15:00+01:00'))
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
  await page.getByRole('button', { name: 'Förnya anslutningen…' }).click()
  await page.locator('#renewal-date').fill('2026-03-19')
  await page.getByRole('button', { name: 'Registrera förnyelsen' }).click()
  await expect(page.getByText('Period 2 registrerad: 2026-03-19 – 2029-03-18.')).toBeVisible()
})
