import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen, orgNumber } from './support'
import { expect, test } from './fixtures'

test.beforeEach(async ({ page }) => {
  // Statuses depend on today's date; pin it so the tests read the same next year.
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
})

test('a membership is Aktiv with its welcome package shown apart, nears evaluation, is renewed, taken out of the register and brought back', async ({
  page
}) => {
  await addMember(page, {
    name: 'Kalmar kommun',
    orgNumber: '2120000662',
    decisionDate: '2026-03-15',
    decisionReference: 'KS 2026/123'
  })
  await expect(page.getByTestId('member-status')).toHaveText('Aktiv')
  await expect(page.getByTestId('member-welcome')).toHaveText('Välkomstpaket: ej klart')
  await expect(page.getByTestId('period-1')).toContainText('Period 1: 2026-03-15 – 2029-03-14')

  await openScreen(page, 'Översikt')
  const welcome = page.getByTestId('todo').getByRole('listitem').filter({ hasText: 'Kalmar kommun' })
  await expect(welcome).toContainText('Välkomstpaket ej klart (beslut 2026-03-15)')
  await welcome.getByRole('link', { name: 'Kalmar kommun' }).click()
  await expect(page.getByRole('heading', { name: 'Välkomstpaket' })).toBeFocused()

  for (const step of ['Intyg utfärdat', 'Logotyp skickad', 'Informationspass för ledningen erbjudet']) {
    await page.getByRole('button', { name: `Klart i dag: ${step}` }).click()
  }
  await expect(page.getByTestId('member-status')).toHaveText('Aktiv')
  await expect(page.getByTestId('member-welcome')).toHaveText('Välkomstpaket: klart')
  await openScreen(page, 'Översikt')
  await expect(page.getByTestId('todo')).toHaveCount(0)
  await expect(page.getByTestId('active-total')).toHaveText('1')
  await expect(page.getByTestId('municipality-share')).toContainText('1 av 12 kommuner')

  // 60 days before the period ends.
  await page.clock.setFixedTime(new Date('2029-01-13T09:00:00'))
  await page.reload()
  await expect(page.getByTestId('todo')).toContainText('Utvärdering senast 2029-03-14')
  await page.getByTestId('todo').getByRole('link', { name: 'Kalmar kommun' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Utvärdering')
  await openScreen(page, 'Verksamheter')
  await page.getByRole('link', { name: 'Kalmar kommun' }).click()
  await expect(page.getByTestId('member-status')).toHaveText('Utvärdering närmar sig')

  await page.getByRole('button', { name: 'Förnya anslutningen…' }).click()
  await page.locator('#renewal-date').fill('2029-01-10')
  await page.locator('#renewal-reference').fill('KS 2029/7')
  await page.getByRole('button', { name: 'Registrera förnyelsen' }).click()
  await expect(page.getByText('Period 2 registrerad: 2029-03-15 – 2032-03-14.')).toBeVisible()
  await expect(page.getByTestId('period-2')).toContainText('Period 2: 2029-03-15 – 2032-03-14')
  await expect(page.getByTestId('member-status')).toHaveText('Förnyad')
  await expect(page.getByRole('table').last()).toContainText('Nytt beslut: period 2 2029-03-15 – 2032-03-14')

  await page.getByRole('button', { name: 'Ta bort ur registret…' }).click()
  await expect(page.getByRole('dialog', { name: 'Ta bort verksamheten ur registret?' })).toBeVisible()
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort ur registret' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Verksamheter' })).toBeVisible()
  await expect(page.getByTestId('undo-notice')).toContainText('Kalmar kommun togs bort ur registret.')
  await expect(page.getByTestId('member-count')).toHaveText('Visar 0 av 0 verksamheter')
  await page.getByTestId('undo-notice').getByRole('button', { name: 'Ångra' }).click()
  await expect(page.getByTestId('member-count')).toHaveText('Visar 1 av 1 verksamheter')
  await expect(page.getByRole('link', { name: 'Borttagna ur registret (0)' })).toBeVisible()
})

test('a member taken out of the register can be restored, and taking it out can be cancelled', async ({ page }) => {
  await addMember(page, { name: 'Nybro kommun', orgNumber: '2120000696', decisionDate: '2025-06-01' })
  await page.getByRole('button', { name: 'Ta bort ur registret…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Nybro kommun' })).toBeVisible()

  await page.getByRole('button', { name: 'Ta bort ur registret…' }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await page.getByRole('button', { name: 'Ta bort ur registret…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort ur registret' }).click()
  await page.getByRole('link', { name: 'Borttagna ur registret (1)' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Borttagna ur registret' })).toBeVisible()
  await expectNoAxeViolations(page, 'Borttagna ur registret')
  await page.getByRole('button', { name: 'Återställ Nybro kommun till registret' }).click()
  await expect(page.getByText('Ingen verksamhet är borttagen ur registret.')).toBeVisible()
  await openScreen(page, 'Verksamheter')
  await expect(page.getByRole('link', { name: 'Nybro kommun' })).toBeVisible()
})

test('the form explains a bad organisationsnummer and refuses a duplicate, naming the member that has it', async ({
  page
}) => {
  await addMember(page, { name: 'Kalmar kommun', orgNumber: '212000-0662', decisionDate: '2026-01-10' })
  await openScreen(page, 'Verksamheter')
  await page.getByRole('link', { name: 'Ny verksamhet' }).click()
  await page.locator('#member-name').fill('Kalmar Läns Museum')
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Idéburen organisation' })
  await page.getByLabel('Organisationsnummer').fill('212000-0663')
  await page.getByRole('button', { name: 'Lägg till verksamheten' }).click()
  await expect(page.locator('#member-org-number-error')).toContainText('Kontrollsiffran stämmer inte')
  await expect(page.getByLabel('Organisationsnummer')).toBeFocused()
  await expectNoAxeViolations(page, 'the member form with errors')

  await page.getByLabel('Organisationsnummer').fill('2120000662')
  await page.getByRole('button', { name: 'Lägg till verksamheten' }).click()
  await expect(page.locator('#member-org-number-error')).toContainText('"Kalmar kommun"')
})

test('the list searches, filters and sorts in Swedish order, Å Ä Ö after Z', async ({ page }) => {
  const members = [
    {
      name: 'Öland Turism AB',
      orgNumber: orgNumber('556000001'),
      type: 'Företag',
      municipality: 'Borgholm (0885)',
      decisionDate: '2025-02-01'
    },
    {
      name: 'Zebra Konsult AB',
      orgNumber: orgNumber('556000002'),
      type: 'Företag',
      municipality: 'Kalmar (0880)',
      decisionDate: '2025-03-01'
    },
    {
      name: 'Ädelfors folkhögskola',
      orgNumber: orgNumber('802000003'),
      type: 'Idéburen organisation',
      municipality: 'Vetlanda (0685)',
      decisionDate: '2025-04-01'
    },
    { name: 'Kalmar kommun', orgNumber: '212000-0662', decisionDate: '2025-05-01' }
  ]
  for (const m of members) await addMember(page, m)
  await openScreen(page, 'Verksamheter')
  const names = () => page.locator('.member-table tbody tr td:first-child').allInnerTexts()
  await expect(page.getByTestId('member-count')).toHaveText('Visar 4 av 4 verksamheter')
  expect(await names()).toEqual(['Kalmar kommun', 'Zebra Konsult AB', 'Ädelfors folkhögskola', 'Öland Turism AB'])

  await page.getByRole('button', { name: 'Namn' }).click()
  await expect(page.getByRole('columnheader', { name: 'Namn' })).toHaveAttribute('aria-sort', 'descending')
  expect(await names()).toEqual(['Öland Turism AB', 'Ädelfors folkhögskola', 'Zebra Konsult AB', 'Kalmar kommun'])

  await page.keyboard.press('/')
  await expect(page.getByLabel('Sök')).toBeFocused()
  await page.keyboard.type('öland')
  await expect(page.getByTestId('member-count')).toHaveText('Visar 1 av 4 verksamheter')
  await page.getByLabel('Sök').fill('556000')
  await expect(page.getByTestId('member-count')).toHaveText('Visar 2 av 4 verksamheter')
  await page.getByLabel('Sök').fill('')

  await page.getByLabel('Typ').selectOption({ label: 'Företag' })
  await expect(page.getByTestId('member-count')).toHaveText('Visar 2 av 4 verksamheter')
  await page.getByLabel('Kommun').selectOption({ label: 'Kalmar' })
  expect(await names()).toEqual(['Zebra Konsult AB'])
  await page.getByRole('button', { name: 'Rensa sökning och filter' }).click()
  await page.getByLabel('Välkomstpaket').selectOption({ label: 'Ej klart' })
  await expect(page.getByTestId('member-count')).toHaveText('Visar 4 av 4 verksamheter')
  await expectNoAxeViolations(page, 'the member list')

  // The filters are still there after a visit to a member.
  await page.getByRole('link', { name: 'Zebra Konsult AB' }).click()
  await expectNoAxeViolations(page, 'the member page')
  await page.getByRole('link', { name: 'Verksamheter' }).first().click()
  await expect(page.getByLabel('Välkomstpaket')).toHaveValue('incomplete')
  await page.screenshot({ path: 'test-results/screens/member-list.png' })
})

test('the evaluation reminder can be set earlier in Inställningar', async ({ page }) => {
  // Ends 2027-05-31: 189 days left, outside the default 90-day warning.
  await addMember(page, { name: 'Emmaboda kommun', orgNumber: orgNumber('212000070'), decisionDate: '2024-06-01' })
  await expect(page.getByTestId('member-status')).toHaveText('Aktiv')
  await openScreen(page, 'Inställningar')
  await page.getByLabel('Påminn om utvärdering, dagar före periodens slut').fill('0')
  await page.getByRole('button', { name: 'Spara påminnelsen' }).click()
  await expect(page.getByText('Ange ett antal dagar mellan 1 och 365, t.ex. 90.')).toBeVisible()
  await page.getByLabel('Påminn om utvärdering, dagar före periodens slut').fill('200')
  await page.getByRole('button', { name: 'Spara påminnelsen' }).click()
  await expect(page.getByText('Påminnelsen är sparad: 200 dagar före periodens slut.')).toBeVisible()
  await page.reload()
  await openScreen(page, 'Översikt')
  await expect(page.getByTestId('todo').getByRole('listitem').filter({ hasText: 'Utvärdering senast' })).toContainText(
    'Emmaboda kommun'
  )
})

test('the list can be filtered by network', async ({ page }) => {
  await addMember(page, { name: 'Kalmar kommun', orgNumber: '212000-0662', decisionDate: '2025-05-01' })
  await addMember(page, { name: 'Nybro kommun', orgNumber: '212000-0696', decisionDate: '2025-06-01' })
  await openScreen(page, 'Årshjul')
  await page.getByRole('navigation', { name: 'Årshjulets delar' }).getByRole('link', { name: 'Nätverk' }).click()
  await page.getByRole('link', { name: 'Nytt nätverk' }).click()
  await page.getByLabel('Namn', { exact: true }).fill('HR-nätverket')
  await page.getByRole('checkbox', { name: /Nybro kommun/ }).check()
  await page.getByRole('button', { name: 'Lägg till nätverket' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'HR-nätverket' })).toBeVisible()

  await openScreen(page, 'Verksamheter')
  await page.getByLabel('Nätverk').selectOption({ label: 'HR-nätverket' })
  await expect(page.getByTestId('member-count')).toHaveText('Visar 1 av 2 verksamheter')
  await expect(page.getByRole('link', { name: 'Nybro kommun' })).toBeVisible()

  // Deleting the network asks first and can be undone, members and all.
  await openScreen(page, 'Årshjul')
  await page.getByRole('navigation', { name: 'Årshjulets delar' }).getByRole('link', { name: 'Nätverk' }).click()
  await page.getByRole('link', { name: 'HR-nätverket' }).click()
  await page.getByRole('button', { name: 'Ta bort…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click()
  await expect(page.getByTestId('undo-notice')).toContainText('Nätverket HR-nätverket togs bort.')
  await page.getByTestId('undo-notice').getByRole('button', { name: 'Ångra' }).click()
  await openScreen(page, 'Verksamheter')
  await page.getByLabel('Nätverk').selectOption({ label: 'HR-nätverket' })
  await expect(page.getByTestId('member-count')).toHaveText('Visar 1 av 2 verksamheter')
})
