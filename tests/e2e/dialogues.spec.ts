import type { Page } from '@playwright/test'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen } from './support'
import { expect, test } from './fixtures'

async function addAction(page: Page, title: string, goal: string, status?: string): Promise<void> {
  await page.getByRole('button', { name: 'Ny insats' }).click()
  await page.getByLabel('Insats', { exact: true }).fill(title)
  await page.locator('.action-form').getByLabel(goal).check()
  if (status) await page.getByLabel('Status', { exact: true }).selectOption({ label: status })
  await page.getByRole('button', { name: 'Lägg till insatsen' }).click()
  await expect(page.getByTestId(`action-${title}`).first()).toBeVisible()
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
  await addMember(page, { name: 'Vimmerby kommun', orgNumber: '212000-0738', decisionDate: '2026-01-15' })
  await page.getByRole('link', { name: 'Dialoger och insatsplan', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dialoger och insatsplan: Vimmerby kommun' })).toBeVisible()
})

test('a dialogue leads to a plan with three actions on different delmål; one done shows in the county view', async ({
  page
}) => {
  await page.getByRole('button', { name: 'Ny dialog' }).click()
  await page.getByLabel('Datum').fill('2026-11-10')
  await page.getByRole('button', { name: 'Lägg till deltagare' }).click()
  await page.locator('#participant-0-name').fill('Åsa Lind')
  await page.locator('#participant-0-role').fill('HR-chef')
  await page.getByLabel('Behov som framkom').fill('Könsuppdelad statistik saknas i nämndernas uppföljning.')
  await page.getByLabel('Överenskommelser').fill('Kommunen tar fram en insatsplan.')
  await page.locator('.dialogue-form').getByLabel('2. Ekonomisk jämställdhet').check()
  await page.locator('.dialogue-form').getByLabel('Jämställd och jämlik civil beredskap').check()
  await page.getByLabel('Nästa uppföljning').fill('2026-12-01')
  await expectNoAxeViolations(page, 'the dialogue form')
  await page.getByRole('button', { name: 'Lägg till dialogen' }).click()
  await expect(page.getByText('Dialogen 2026-11-10 är sparad.')).toBeVisible()
  await expect(page.getByTestId('dialogue-2026-11-10')).toContainText('Åsa Lind (HR-chef)')
  // The saved dialogue names its focus areas with the county's word.
  await expect(page.getByTestId('dialogue-2026-11-10').getByText('Fokusområde', { exact: true })).toBeVisible()
  await expect(page.getByTestId('dialogue-focus-areas')).toHaveText('Jämställd och jämlik civil beredskap')

  // The follow-up is due within 14 days, so Översikt lists it.
  await openScreen(page, 'Översikt')
  const followUp = page.getByTestId('todo').getByRole('listitem').filter({ hasText: 'Uppföljning senast 2026-12-01' })
  await expect(followUp).toContainText('Vimmerby kommun')
  await followUp.getByRole('link', { name: 'Vimmerby kommun' }).click() // straight to the member's dialogues

  await page.getByLabel('Ambitionsnivå').selectOption({ label: 'Fördjupad' })
  await page.getByLabel('Ambition och takt enligt dialogen').fill('Två nämnder först, sedan alla.')
  await page.getByRole('button', { name: 'Skapa insatsplan' }).click()
  await expect(page.getByTestId('plan-status')).toHaveText('Utkast')

  await addAction(page, 'Könsuppdelad statistik i alla nämnder', '2. Ekonomisk jämställdhet', 'Pågår')
  await addAction(page, 'Chefsutbildning i jämställdhetsintegrering', '1. En jämn fördelning av makt och inflytande')
  await addAction(page, 'Handlingsplan mot våld i nära relationer', '6. Mäns våld mot kvinnor ska upphöra')
  await page.getByRole('button', { name: 'Fastställ insatsplanen' }).click()
  await expect(page.getByTestId('plan-status')).toHaveText('Fastställd 2026-11-23')

  await page
    .getByTestId('action-Könsuppdelad statistik i alla nämnder')
    .getByLabel('Status')
    .selectOption({ label: 'Genomförd' })
  await expect(page.getByRole('heading', { name: /2\. Ekonomisk jämställdhet.*1 av 1 genomförda/ })).toBeVisible()
  await expectNoAxeViolations(page, 'the member work page')
  await page.screenshot({ path: 'test-results/screens/member-plan.png', fullPage: true })

  await openScreen(page, 'Dialoger och insatsplaner')
  const table = page.getByTestId('county-actions')
  await expect(table.getByRole('row', { name: /2\. Ekonomisk jämställdhet/ })).toContainText('1')
  const row2 = table.getByRole('row', { name: /2\. Ekonomisk jämställdhet/ }).getByRole('cell')
  await expect(row2).toHaveText(['0', '0', '1', '0', '1'])
  await expect(page.getByTestId('actions-total')).toHaveText('3')
  await expect(page.getByTestId('plan-coverage')).toContainText('1 fastställda')
  await expect(page.getByTestId('follow-ups')).toContainText('Vimmerby kommun')
  await expectNoAxeViolations(page, 'the county view')
  await page.screenshot({ path: 'test-results/screens/county-view.png', fullPage: true })
})

test('deleting a dialogue or an action asks first and can be undone', async ({ page }) => {
  await page.getByRole('button', { name: 'Ny dialog' }).click()
  await page.getByLabel('Datum').fill('2026-11-02')
  await page.getByRole('button', { name: 'Lägg till dialogen' }).click()
  await page.getByRole('button', { name: 'Ta bort… dialogen 2026-11-02' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click()
  await expect(page.getByText('Inga dialoger registrerade.')).toBeVisible()
  await page.getByTestId('undo-notice').getByRole('button', { name: 'Ångra' }).click()
  await expect(page.getByTestId('dialogue-2026-11-02')).toBeVisible()

  await page.getByRole('button', { name: 'Skapa insatsplan' }).click()
  await addAction(page, 'Jämställd resursfördelning', '2. Ekonomisk jämställdhet')
  await page.getByRole('button', { name: 'Ta bort… Jämställd resursfördelning' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click()
  await expect(page.getByText('Inga insatser ännu.')).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('action-Jämställd resursfördelning')).toBeVisible()
})

test('a plan cannot be established without actions, and the form explains why', async ({ page }) => {
  await page.getByRole('button', { name: 'Skapa insatsplan' }).click()
  await page.getByRole('button', { name: 'Fastställ insatsplanen' }).click()
  await expect(page.locator('#plan-establish-date-error')).toBeVisible()
  await expect(page.getByTestId('plan-status')).toHaveText('Utkast')
})

test('an action tied to two delmål is shown once on the plan, naming both', async ({ page }) => {
  await page.getByRole('button', { name: 'Skapa insatsplan' }).click()
  await page.getByRole('button', { name: 'Ny insats' }).click()
  await page.getByLabel('Insats', { exact: true }).fill('Jämställd budgetering')
  await page.locator('.action-form').getByLabel('2. Ekonomisk jämställdhet').check()
  await page.locator('.action-form').getByLabel('5. Jämställd hälsa').check()
  await page.getByRole('button', { name: 'Lägg till insatsen' }).click()
  const card = page.getByTestId('action-Jämställd budgetering')
  await expect(card).toHaveCount(1)
  await expect(card.getByLabel('Status')).toHaveCount(1)
  await expect(card.getByTestId('action-goals')).toHaveText('Delmål: 2. Ekonomisk jämställdhet; 5. Jämställd hälsa')
  await expect(page.getByText('Också för detta delmål: Jämställd budgetering (visas under delmål 2)')).toBeVisible()
  await expect(page.getByRole('heading', { name: /5\. Jämställd hälsa.*0 av 1 genomförda/ })).toBeVisible()
})
