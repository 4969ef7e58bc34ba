import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen } from './support'
import { expect, test } from './fixtures'

const question = 'Du har osparade ändringar. Lämna sidan ändå?'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
})

test('leaving a member form with changes asks first: Avbryt keeps the text, Lämna sidan discards it', async ({
  page
}) => {
  await openScreen(page, 'Verksamheter')
  await page.getByRole('link', { name: 'Ny verksamhet' }).click()
  const name = page.locator('#member-name')

  // Typing and taking it back again is no change.
  await name.fill('Torsås kommun')
  await name.fill('')
  await openScreen(page, 'Översikt')
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Ny verksamhet' })).toBeVisible()

  await name.fill('Torsås kommun')
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click()
  const dialog = page.getByRole('dialog', { name: question })
  await expect(dialog).toBeVisible()
  await expectNoAxeViolations(page, 'the unsaved-changes question')
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Ny verksamhet' })).toBeVisible()
  await expect(name).toHaveValue('Torsås kommun')

  // The browser's back button asks the same way.
  await page.goBack()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(name).toHaveValue('Torsås kommun')

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click()
  await dialog.getByRole('button', { name: 'Lämna sidan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible()
  await openScreen(page, 'Verksamheter')
  await expect(page.getByText('Torsås kommun')).toHaveCount(0)
})

test('a saved form leaves without a question; an edited one asks, also before the tab closes', async ({ page }) => {
  // addMember saves and moves on to the member's page: no question on the way.
  await addMember(page, { name: 'Mörbylånga kommun', orgNumber: '212000-0720', decisionDate: '2026-03-15' })
  await page.getByRole('link', { name: 'Redigera uppgifter' }).click()
  await page.locator('#member-name').fill('Mörbylånga kommun (ändrad)')
  await page.getByRole('link', { name: 'Avbryt' }).click()
  await expect(page.getByRole('dialog', { name: question })).toBeVisible()
  await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click()

  // Reloading or closing the tab: the browser's own question.
  let asked = false
  page.once('dialog', (d) => {
    asked = d.type() === 'beforeunload'
    void d.dismiss()
  })
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => asked).toBe(true)
})

test('the county profile and a dialogue ask before their changes are left behind', async ({ page }) => {
  await openScreen(page, 'Inställningar')
  await page.getByLabel('Titel', { exact: true }).fill('Tillförordnad landshövding')
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Verksamheter' }).click()
  const dialog = page.getByRole('dialog', { name: question })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await page.getByRole('button', { name: 'Spara länsprofilen' }).click()
  await expect(page.getByText('Länsprofilen är sparad.')).toBeVisible()

  await addMember(page, { name: 'Mönsterås kommun', orgNumber: '212000-0738', decisionDate: '2026-03-15' })
  await page.getByRole('link', { name: 'Dialoger och insatsplan', exact: true }).click()
  await page.getByRole('button', { name: 'Ny dialog' }).click()
  await page.getByLabel('Behov som framkom').fill('Stöd med könsuppdelad statistik.')
  await page.getByRole('link', { name: 'Mönsterås kommun' }).click()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Lämna sidan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mönsterås kommun' })).toBeVisible()

  // The member page's renewal form: its decision is asked about too, and a successful save leaves freely.
  await page.getByRole('button', { name: 'Förnya anslutningen…' }).click()
  await page.locator('#renewal-reference').fill('KS 2026/9')
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(page.locator('#renewal-reference')).toHaveValue('KS 2026/9')
  await page.locator('#renewal-date').fill('2026-11-20')
  await page.getByRole('button', { name: 'Registrera förnyelsen' }).click()
  await expect(page.getByText('Period 2 registrerad')).toBeVisible()
  await openScreen(page, 'Översikt')
})
