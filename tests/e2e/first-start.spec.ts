import { completeWizard, expectNoAxeViolations, kalmar } from './support'
import { browserOnly, expect, test } from './fixtures'

test('the first-start wizard saves the county profile, which survives a reload and can be edited', async ({
  page,
  files
}) => {
  await completeWizard(page, kalmar, files)

  await expect(page.getByTestId('header-county')).toHaveText('Kalmar län')
  await expect(page.getByTestId('header-strategy')).toHaveText('Ett jämställt Kalmar län 2023–2027')
  await expect(page.getByTestId('header-logo')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Länets fokusområden' }).getByRole('listitem')).toHaveText(
    kalmar.focusAreas
  )

  // Real IndexedDB: a reload must find everything again, and not show the wizard.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible()
  await expect(page.getByTestId('header-strategy')).toHaveText('Ett jämställt Kalmar län 2023–2027')

  await page.getByRole('link', { name: 'Inställningar' }).click()
  await expect(page.getByLabel('Strategins namn')).toHaveValue('Ett jämställt Kalmar län')
  await expect(page.getByLabel('Namn', { exact: true })).toHaveValue('Åsa Öberg')
  await page.getByLabel('Till år').fill('2030')
  await page.getByLabel('Fokusområde 2', { exact: true }).fill('Jämställd krisberedskap')
  await page.getByRole('button', { name: 'Spara länsprofilen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Länsprofilen är sparad.' })).toBeVisible()
  await expect(page.getByTestId('header-strategy')).toHaveText('Ett jämställt Kalmar län 2023–2030')

  await page.reload()
  await expect(page.getByLabel('Till år')).toHaveValue('2030')
  await expect(page.getByLabel('Fokusområde 2', { exact: true })).toHaveValue('Jämställd krisberedskap')
})

test('the wizard explains what is missing and does not move on', browserOnly, async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Nästa' }).click()
  await expect(page.getByText('Välj vilket län Kugghjul ska användas för.')).toBeVisible()
  await expect(page.getByLabel('Län', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Län', { exact: true })).toBeFocused()
  await expectNoAxeViolations(page, 'the wizard with an error')

  await page.getByLabel('Län', { exact: true }).selectOption('08')
  await page.getByRole('button', { name: 'Nästa' }).click()
  await page.getByLabel('Till år').fill('2020')
  await page.getByRole('button', { name: 'Nästa' }).click()
  await expect(page.getByText('Slutåret kan inte ligga före startåret.')).toBeVisible()
})

test('settings refuse an invalid profile and keep the saved one', browserOnly, async ({ page }) => {
  await completeWizard(page, { ...kalmar, logo: undefined })
  await page.getByRole('link', { name: 'Inställningar' }).click()
  await page.getByLabel('Strategins namn').fill('')
  await page.getByRole('button', { name: 'Spara länsprofilen' }).click()
  await expect(page.getByText('Länsprofilen sparades inte. Rätta de markerade fälten och spara igen.')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Strategins namn')).toHaveValue('Ett jämställt Kalmar län')
})

test('a removed focus area can be brought back before saving', browserOnly, async ({ page }) => {
  await completeWizard(page, { ...kalmar, logo: undefined })
  await page.getByRole('link', { name: 'Inställningar' }).click()
  await page.getByRole('button', { name: 'Ta bort fokusområde 4' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: '”Jämställd hälsa” togs bort ur listan över fokusområden.' })
  ).toBeVisible()
  await page.getByRole('button', { name: 'Ångra', exact: true }).click()
  await expect(page.getByLabel('Fokusområde 4', { exact: true })).toHaveValue('Jämställd hälsa')
})
