import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen, orgNumber } from './support'
import { expect, test } from './fixtures'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
})

test('Exempeldata is added with progress, and removed again without touching a member the user added', async ({
  page
}) => {
  // 1 000 members with their work, written and removed twice over: longer than one screen's journey.
  test.setTimeout(120_000)
  await openScreen(page, 'Inställningar')
  await page.getByLabel('Antal verksamheter').fill('1000')
  await page.getByRole('button', { name: 'Skapa exempeldata…' }).click()
  await page.getByRole('dialog', { name: 'Skapa exempeldata?' }).getByRole('button', { name: 'Skapa' }).click()
  await expect(page.getByRole('progressbar', { name: /Exempeldata läggs in: \d+ %/ })).toBeVisible()
  await expect(page.getByText(/^1\s000 påhittade verksamheter med/)).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('progressbar')).toHaveCount(0)

  // Every made-up organisation lies in one of Kalmar län's kommuner.
  await openScreen(page, 'Verksamheter')
  await expect(page.getByTestId('member-count')).toContainText(/1\s000/)
  // The kommun filter lists kommuner outside the county only when the register has members there.
  await expect(page.locator('#filter-municipality optgroup[label="Länets kommuner"]')).toHaveCount(1)
  await expect(page.locator('#filter-municipality optgroup[label="Andra kommuner i registret"]')).toHaveCount(0)

  await addMember(page, {
    name: 'Ädelfors Ekonomisk förening',
    orgNumber: orgNumber('769000005'),
    type: 'Annan',
    decisionDate: '2026-02-01'
  })

  await openScreen(page, 'Inställningar')
  await expect(page.getByText(/Av dem är 1\s000 påhittade verksamheter exempeldata\./)).toBeVisible()
  await page.getByRole('button', { name: 'Ta bort exempeldata…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Ta bort exempeldata?' })
  await expect(confirm).toContainText('Verksamheter du själv har lagt till finns kvar.')
  await expectNoAxeViolations(page, 'the question before Exempeldata is removed')
  await confirm.getByRole('button', { name: 'Ta bort exempeldata' }).click()
  await expect(
    page.getByText(/^Exempeldata är borttagen: 1\s000 påhittade verksamheter med allt som hörde till dem\.$/)
  ).toBeVisible({
    timeout: 60_000
  })
  await expect(page.getByRole('button', { name: 'Ta bort exempeldata…' })).toHaveCount(0)
  await expectNoAxeViolations(page, 'Inställningar after Exempeldata is removed')

  await openScreen(page, 'Verksamheter')
  await expect(page.getByTestId('member-count')).toContainText(/1 av 1 verksamhet/)
  await expect(page.getByRole('link', { name: 'Ädelfors Ekonomisk förening' })).toBeVisible()
  await openScreen(page, 'Årshjul')
  await expect(page.getByText(/påhittad/)).toHaveCount(0)
})
