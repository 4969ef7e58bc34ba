import type { Page } from '@playwright/test'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen, orgNumber } from './support'
import { expect, test } from './fixtures'

const networkName = 'Nätverket för jämställd hälsa'
const eventTitle = 'Nätverksträff om jämställd hälsa'

async function createNetwork(page: Page, members: string[]): Promise<void> {
  await openScreen(page, 'Årshjul')
  await page.getByRole('navigation', { name: 'Årshjulets delar' }).getByRole('link', { name: 'Nätverk' }).click()
  await page.getByRole('link', { name: 'Nytt nätverk' }).click()
  await page.getByLabel('Namn', { exact: true }).fill(networkName)
  for (const name of members) await page.getByRole('checkbox', { name: new RegExp(name) }).check()
  await page.getByRole('button', { name: 'Lägg till nätverket' }).click()
  await expect(page.getByRole('heading', { level: 1, name: networkName })).toBeVisible()
}

async function inviteNetworkToEvent(page: Page): Promise<void> {
  await openScreen(page, 'Årshjul')
  await page.getByRole('link', { name: 'Ny aktivitet' }).click()
  await page.locator('#event-title').fill(eventTitle)
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Nätverksträff' })
  await page.getByLabel('Datum').fill('2026-11-10')
  await page.getByRole('group', { name: 'Inbjudna' }).getByRole('checkbox', { name: networkName }).check()
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click()
  await expect(page.getByRole('heading', { level: 1, name: eventTitle })).toBeVisible()
}

const statusOf = (page: Page, member: string) => page.getByLabel(`Status för ${member}`)

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
  await addMember(page, { name: 'Kalmar kommun', orgNumber: '2120000662', decisionDate: '2026-03-15' })
  await addMember(page, { name: 'Nybro kommun', orgNumber: '2120000696', decisionDate: '2025-06-01' })
  await addMember(page, {
    name: 'Emmaboda kommun',
    orgNumber: orgNumber('212000065'),
    decisionDate: '2025-09-01'
  })
})

test('a network is invited, two members are marked anmälda in bulk, one deltog, and Deltagande counts it', async ({
  page
}) => {
  await createNetwork(page, ['Kalmar kommun', 'Nybro kommun', 'Emmaboda kommun'])
  await inviteNetworkToEvent(page)

  const table = page.getByTestId('invitation-table')
  await expect(table.getByRole('row')).toHaveCount(4)
  await expect(page.getByTestId('invitation-counts')).toHaveText(
    '3 inbjudna verksamheter. Inbjuden: 3 · Anmäld: 0 · Deltog: 0'
  )
  await expectNoAxeViolations(page, 'Aktivitetens sida med inbjudna')

  // Bulk: two rows selected, Markera som anmälda; Ångra takes it back, and doing it again sticks.
  await page.getByRole('checkbox', { name: 'Välj Kalmar kommun' }).check()
  await page.getByRole('checkbox', { name: 'Välj Nybro kommun' }).check()
  await page.getByRole('button', { name: 'Markera som anmälda' }).click()
  await expect(statusOf(page, 'Kalmar kommun')).toHaveValue('registered')
  await expect(statusOf(page, 'Nybro kommun')).toHaveValue('registered')
  await expect(statusOf(page, 'Emmaboda kommun')).toHaveValue('invited')
  await expect(page.getByTestId('undo-notice')).toContainText('Status Anmäld för 2 verksamheter.')
  await page.getByTestId('undo-notice').getByRole('button', { name: 'Ångra' }).click()
  await expect(statusOf(page, 'Kalmar kommun')).toHaveValue('invited')
  await expect(statusOf(page, 'Nybro kommun')).toHaveValue('invited')
  await page.getByRole('checkbox', { name: 'Välj Kalmar kommun' }).check()
  await page.getByRole('checkbox', { name: 'Välj Nybro kommun' }).check()
  await page.getByRole('button', { name: 'Markera som anmälda' }).click()
  await expect(page.getByTestId('invitation-counts')).toHaveText(
    '3 inbjudna verksamheter. Inbjuden: 1 · Anmäld: 2 · Deltog: 0'
  )

  // One of them came: its row under Deltagande appears, and its counts are typed there.
  await statusOf(page, 'Kalmar kommun').selectOption({ label: 'Deltog' })
  await expect(page.getByTestId('attendance-summary')).toContainText('1 deltagare från 1 verksamhet')
  await page.getByRole('button', { name: 'Ändra deltagandet för Kalmar kommun' }).click()
  const form = page.getByRole('group', { name: 'Registrera deltagande', exact: true })
  await expect(form.getByLabel('Uppgift saknas')).toHaveValue('1')
  await form.getByLabel('Kvinnor').fill('3')
  await form.getByLabel('Män', { exact: true }).fill('2')
  await form.getByLabel('Uppgift saknas').fill('0')
  await page.getByRole('button', { name: 'Spara deltagandet' }).click()
  await expect(page.getByTestId('attendance-summary')).toContainText('5 deltagare från 1 verksamhet')
  await expect(statusOf(page, 'Kalmar kommun')).toHaveValue('attended')
  await expect(page.getByTestId('invitation-counts')).toHaveText(
    '3 inbjudna verksamheter. Inbjuden: 1 · Anmäld: 1 · Deltog: 1'
  )
  // People from no member organisation came too; they get their own bars in Deltagande.
  const guests = page.getByRole('group', { name: 'Registrera deltagare utanför anslutna verksamheter' })
  await guests.getByLabel('Kvinnor').fill('4')
  await guests.getByLabel('Män', { exact: true }).fill('1')
  await guests.getByRole('button', { name: 'Lägg till deltagarna' }).click()
  await expect(page.getByTestId('non-member-summary')).toContainText('5 deltagare')
  await expectNoAxeViolations(page, 'Aktivitetens sida med status och deltagande')
  await page.screenshot({ path: 'test-results/screens/aktivitet-inbjudna.png', fullPage: true })

  await openScreen(page, 'Årshjul')
  await page.getByRole('navigation', { name: 'Årshjulets delar' }).getByRole('link', { name: 'Deltagande' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Deltagande i årshjulet' })).toBeVisible()
  await expect(page.getByTestId('participation-summary')).toContainText(
    '1 med registrerat deltagande · 10 deltagare, varav 5 utanför anslutna verksamheter'
  )
  // The chart has two groups of bars: Kommun, and the participants from no member organisation.
  await expect(
    page.getByRole('img', { name: /Antal deltagare per typ av verksamhet .*Diagram över 2 kategorier/ })
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/deltagande-med-utanfor.png', fullPage: true })
  const kommun = page.getByTestId('participation-by-type').getByRole('row', { name: /^Kommun\s/ })
  expect((await kommun.locator('th, td').allInnerTexts()).map((t) => t.trim())).toEqual([
    'Kommun',
    '3',
    '2',
    '0',
    '0',
    '5'
  ])
})
