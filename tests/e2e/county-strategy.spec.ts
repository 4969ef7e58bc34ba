import { addMember, completeWizard, expectNoAxeViolations, openScreen, type WizardAnswers } from './support'
import { expect, test } from './fixtures'

/** Hallands län: a strategy for equality with human rights and non-discrimination, "strategiska insatsområden", delmål optional. */
const halland: WizardAnswers = {
  county: 'Hallands län (13)',
  strategyName: 'Jämställdhet, mänskliga rättigheter och icke-diskriminering i Hallands län',
  startYear: '2023',
  endYear: '2027',
  focusAreaTerm: { option: 'strategiska insatsområden', singular: 'strategiskt insatsområde' },
  nationalGoalOptional: true,
  focusAreas: [
    'Makt, inflytande och delaktighet',
    'Våld i nära relationer',
    'Ekonomisk jämställdhet och egen försörjning'
  ],
  signatoryName: 'Lena Sommestad',
  signatoryTitle: 'Landshövding'
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, halland)
})

test('a Halland profile says "strategiska insatsområden" everywhere and lets an action go without a delmål', async ({
  page
}) => {
  await expect(page.getByRole('heading', { name: 'Länets strategiska insatsområden' })).toBeVisible()
  await expect(page.getByText('Fokusområde', { exact: false })).toHaveCount(0)

  await openScreen(page, 'Inställningar')
  await expect(page.getByLabel('Länet kallar sina områden')).toHaveValue('1')
  await expect(page.getByLabel('Insatser behöver inte kopplas till ett nationellt delmål')).toBeChecked()
  await expect(page.getByRole('list', { name: 'Strategiska insatsområden' }).getByRole('listitem')).toHaveCount(3)
  await expect(page.getByRole('button', { name: 'Lägg till strategiskt insatsområde' })).toBeVisible()
  await expectNoAxeViolations(page, 'Inställningar with Halland’s words')

  await addMember(page, { name: 'Halmstads kommun', orgNumber: '212000-1355', decisionDate: '2026-02-01' })
  await page.getByRole('link', { name: 'Dialoger och insatsplan', exact: true }).click()
  await page.getByRole('button', { name: 'Skapa insatsplan' }).click()
  await page.getByRole('button', { name: 'Ny insats' }).click()
  const form = page.locator('.action-form')
  await expect(form.getByRole('group', { name: 'Nationella delmål (valfritt)' })).toBeVisible()
  await expect(form.getByRole('group', { name: 'Länets strategiska insatsområden' })).toBeVisible()
  await form.getByLabel('Insats', { exact: true }).fill('Våldsförebyggande arbete i skolan')
  await page.getByRole('button', { name: 'Lägg till insatsen' }).click()
  await expect(form).toContainText(
    'Välj minst ett strategiskt insatsområde eller ett nationellt delmål som insatsen bidrar till.'
  )
  await form.getByLabel('Våld i nära relationer').check()
  await expectNoAxeViolations(page, 'the action form with Halland’s words')
  await page.getByRole('button', { name: 'Lägg till insatsen' }).click()
  const untied = page.getByRole('region', { name: /Utan nationellt delmål/ })
  await expect(untied.getByTestId('action-Våldsförebyggande arbete i skolan')).toBeVisible()

  await openScreen(page, 'Årshjul')
  await page.getByRole('link', { name: 'Ny aktivitet' }).click()
  await expect(page.getByRole('group', { name: 'Strategiska insatsområden' })).toBeVisible()
})
