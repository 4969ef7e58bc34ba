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

test('Halland keeps its earlier strategy, tags a dialogue with a perspective and is told when a period outlasts the strategy', async ({
  page
}) => {
  const current = 'Jämställdhet, mänskliga rättigheter och icke-diskriminering i Hallands län 2023–2027'
  await openScreen(page, 'Inställningar')
  // Nothing about perspectives shows on a dialogue until the profile turns them on (checked below).
  await page.getByRole('button', { name: 'Lägg till tidigare strategi' }).click()
  await page.getByLabel('Namn på tidigare strategi 1').fill('Jämställdhetsstrategi för Hallands län')
  await page.getByLabel('Startår, strategi 1').fill('2018')
  await page.getByLabel('Slutår, strategi 1').fill('2023')
  await page.getByRole('button', { name: 'Spara länsprofilen' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'överlappar' })).toHaveText(
    `Strategierna Jämställdhetsstrategi för Hallands län 2018–2023 och ${current} överlappar. Ändra åren så att perioderna inte går in i varandra.`
  )
  await page.getByLabel('Slutår, strategi 1').fill('2022')
  const perspectives = page.getByRole('group', { name: 'Perspektiv i strategin' })
  await perspectives.getByLabel('Mänskliga rättigheter').check()
  await perspectives.getByLabel('Diskrimineringsgrunderna').check()
  await expectNoAxeViolations(page, 'Inställningar with an earlier strategy and perspectives')
  await page.getByRole('button', { name: 'Spara länsprofilen' }).click()
  await expect(page.getByText('Länsprofilen är sparad.')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Slutår, strategi 1')).toHaveValue('2022')
  await expect(page.getByText(`Aktuell strategi är ${current}.`)).toBeVisible()

  // A period from 2026-02-01 runs to 2029-01-31, past the strategy's last day 2027-12-31.
  await addMember(page, { name: 'Halmstads kommun', orgNumber: '212000-1355', decisionDate: '2026-02-01' })
  await expect(page.getByTestId('strategy-end-notice')).toHaveText(
    `Anslutningsperioden löper till 2029-01-31, efter att strategin ${current} upphör 2027-12-31.`
  )
  // The länsstyrelse's own diarienummer on the decision, beside the member's.
  await page.getByRole('button', { name: 'Rätta beslutet för period 1…' }).click()
  await page.getByLabel('Länsstyrelsens diarienummer (valfritt)').fill('203-1234-2026')
  await page.getByRole('button', { name: 'Spara rättelsen' }).click()
  await expect(page.getByTestId('county-case-number')).toHaveText('Länsstyrelsens diarienummer: 203-1234-2026')
  await expectNoAxeViolations(page, 'the member page with the strategy-end notice')

  await page.getByRole('link', { name: 'Dialoger och insatsplan', exact: true }).click()
  await page.getByRole('button', { name: 'Ny dialog' }).click()
  await page.getByLabel('Datum').fill('2026-05-04')
  const tags = page.getByRole('group', { name: 'Perspektiv (valfritt)' })
  await expect(tags.getByRole('checkbox')).toHaveCount(2)
  await tags.getByLabel('Diskrimineringsgrunderna').check()
  await expectNoAxeViolations(page, 'the dialogue form with perspectives')
  await page.getByRole('button', { name: 'Lägg till dialogen' }).click()
  await expect(page.getByTestId('dialogue-2026-05-04')).toContainText('PerspektivDiskrimineringsgrunderna')

  await openScreen(page, 'Översikt')
  const notice = page.getByTestId('strategy-end-members')
  await expect(notice).toContainText('Halmstads kommun')
  await expect(notice).toContainText('löper till 2029-01-31')
  await expectNoAxeViolations(page, 'Översikt with members past the strategy')
  await notice.getByRole('link', { name: 'Halmstads kommun' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Halmstads kommun' })).toBeVisible()
})

test('without perspectives in the profile, the dialogue form shows none', async ({ page }) => {
  await addMember(page, { name: 'Halmstads kommun', orgNumber: '212000-1355', decisionDate: '2026-02-01' })
  await page.getByRole('link', { name: 'Dialoger och insatsplan', exact: true }).click()
  await page.getByRole('button', { name: 'Ny dialog' }).click()
  await expect(page.getByRole('group', { name: /Perspektiv/ })).toHaveCount(0)
  await expect(page.getByText('Mänskliga rättigheter', { exact: true })).toHaveCount(0)
})
