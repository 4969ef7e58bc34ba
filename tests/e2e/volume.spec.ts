import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen, orgNumber } from './support'
import { expect, test } from './fixtures'

/**
 * A county's volume: the lists that grow (issued certificates, Dialoger's
 * follow-ups, a member's Historik) search, filter and show a page at a time;
 * Översikt says what is urgent about each item rather than the member's
 * status; and a member's status and welcome package are shown apart.
 */
test.use({ viewport: { width: 1366, height: 768 } })

test('long lists search and page, Översikt names each item’s urgency, status and welcome package apart', async ({
  page,
  files
}) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, kalmar, files)
  await openScreen(page, 'Inställningar')
  await page.getByLabel('Antal verksamheter').fill('150')
  await page.getByRole('button', { name: 'Skapa exempeldata…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Skapa' }).click()
  await expect(page.getByText(/påhittade verksamheter med/)).toBeVisible()

  // A member of our own, joined today: Aktiv, its welcome package not finished, and an item on Översikt.
  await addMember(page, {
    name: 'Ädelfors folkhögskola',
    orgNumber: orgNumber('802400123'),
    type: 'Annan',
    decisionDate: '2026-11-23'
  })
  await expect(page.getByTestId('member-status')).toHaveText('Aktiv')
  await expect(page.getByTestId('member-welcome')).toHaveText('Välkomstpaket: ej klart')

  // Översikt: each item its own urgency, most urgent first, linking to where it is done.
  await openScreen(page, 'Översikt')
  const todo = page.getByTestId('todo')
  await expect(page.getByTestId('todo-count')).toHaveText(/^Visar 12 av \d+ saker att göra$/)
  await expect(todo.getByRole('listitem').first()).toContainText(/försenad sedan \d{4}-\d{2}-\d{2}$/)
  await expect(todo.getByText('Utvärdering närmar sig')).toHaveCount(0) // no member statuses
  await expectNoAxeViolations(page, 'Översikt with many items')
  await page.getByLabel('Visa').selectOption({ label: 'Välkomstpaket' })
  await expect(page.getByTestId('todo-count')).toHaveText(
    /^Visar \d+ av \d+ saker? att göra som matchar \(\d+ totalt\)$/
  )
  await expect(todo.getByRole('listitem').first()).toContainText('Välkomstpaket ej klart (beslut ')
  await expect(todo.getByText(/^(Utvärdering|Uppföljning)/)).toHaveCount(0)
  await page.getByLabel('Visa').selectOption({ label: 'Alla' })
  const overdueFollowUp = todo.getByRole('listitem').filter({ hasText: 'Uppföljning försenad sedan' }).first()
  const followUpMember = (await overdueFollowUp.getByRole('link').innerText()).trim()
  await overdueFollowUp.getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dialoger och insatsplan: ${followUpMember}`)

  // Verksamheter: status and welcome package in columns of their own, counted apart.
  await openScreen(page, 'Verksamheter')
  await expect(page.getByTestId('member-counts')).toHaveText(
    /^151 anslutna verksamheter · \d+ aktiva · \d+ att utvärdera · \d+ välkomstpaket ej klara?$/
  )
  await page.getByRole('searchbox', { name: 'Sök' }).fill('Ädelfors folkhögskola')
  const own = page.getByRole('row', { name: /Ädelfors folkhögskola/ })
  await expect(own.getByRole('cell')).toContainText(['Aktiv', 'Ej klart'])

  // Dialoger: follow-ups a page at a time, by state and by name.
  await openScreen(page, 'Dialoger och insatsplaner')
  const followUpCount = page.getByTestId('follow-ups-count')
  await expect(followUpCount).toHaveText(/^Visar 50 av \d+ uppföljningar$/)
  await expect(page.getByTestId('follow-ups').locator('tbody tr')).toHaveCount(50)
  await page.getByRole('button', { name: /^Visa \d+ till$/ }).click()
  await expect(followUpCount).toHaveText(/^Visar (100|\d{2}) av \d+ uppföljningar$/)
  await page.getByLabel('Läge').selectOption({ label: 'Inom 14 dagar' })
  await expect(page.getByTestId('follow-ups').locator('tbody tr').first()).toContainText('Uppföljning snart')
  await page.getByLabel('Läge').selectOption({ label: 'Alla' })
  await page.getByRole('searchbox', { name: 'Sök' }).fill(followUpMember)
  await expect(followUpCount).toHaveText(/^Visar 1 av 1 uppföljning som matchar \(\d+ totalt\)$/)
  await expectNoAxeViolations(page, 'Dialoger with a searched follow-up list')

  // Intyg och rapporter: issue every waiting certificate, then find one among them.
  await openScreen(page, 'Intyg och rapporter')
  const issueAll = page.getByRole('button', { name: /^Utfärda alla \d+ intyg…$/ })
  await expect(issueAll).toBeVisible()
  const waiting = Number((await issueAll.innerText()).match(/\d+/)![0])
  expect(waiting).toBeGreaterThan(50)
  await expect(page.getByTestId('awaiting-count')).toHaveText(`Visar 50 av ${waiting} perioder`)
  await issueAll.click()
  await files.save(() =>
    page
      .getByRole('dialog')
      .getByRole('button', { name: /Utfärda/ })
      .click()
  )
  const issuedCount = page.getByTestId('issued-certificates-count')
  await expect(issuedCount).toHaveText(`Visar 50 av ${waiting} intyg`, { timeout: 30_000 })
  await expect(page.getByTestId('issued-certificates').locator('tbody tr')).toHaveCount(50)
  await page.getByRole('searchbox', { name: 'Sök' }).fill('Ädelfors folkhögskola')
  await expect(issuedCount).toHaveText(`Visar 1 av 1 intyg som matchar (${waiting} totalt)`)
  await page.getByRole('searchbox', { name: 'Sök' }).fill('')
  await page.getByLabel('Utfärdat år').selectOption('2026')
  await expect(issuedCount).toHaveText(`Visar 50 av ${waiting} intyg`)
  await expectNoAxeViolations(page, 'Intyg och rapporter with many certificates')

  // Historik: 21 status changes of one action and more, 20 at a time, filtered by what they concern.
  await openScreen(page, 'Verksamheter')
  await page.getByRole('searchbox', { name: 'Sök' }).fill('Ädelfors folkhögskola')
  await page.getByRole('link', { name: 'Ädelfors folkhögskola' }).click()
  await page.getByRole('link', { name: 'Dialoger och insatsplan', exact: true }).click()
  await page.getByRole('button', { name: 'Skapa insatsplan' }).click()
  await page.getByRole('button', { name: 'Ny insats' }).click()
  await page.getByLabel('Insats', { exact: true }).fill('Jämställd lönekartläggning')
  await page.locator('.action-form').getByLabel('2. Ekonomisk jämställdhet').check()
  await page.getByRole('button', { name: 'Lägg till insatsen' }).click()
  const status = page.getByTestId('action-Jämställd lönekartläggning').getByLabel('Status')
  for (let i = 0; i < 21; i++) {
    const label = i % 2 === 0 ? 'Pågår' : 'Planerad'
    await status.selectOption({ label })
    await expect(status).toHaveValue(i % 2 === 0 ? 'inProgress' : 'planned')
  }
  await page.getByRole('link', { name: 'Ädelfors folkhögskola' }).first().click()
  const historyCount = page.getByTestId('history-count')
  await expect(historyCount).toHaveText(/^Visar 20 av 2\d händelser$/)
  await page.getByLabel('Gäller').selectOption({ label: 'Verksamheten' })
  await expect(historyCount).toHaveText(/^Visar [1-9] av [1-9] händelser? som matchar \(2\d totalt\)$/)
  await page.getByLabel('Gäller').selectOption({ label: 'Alla' })
  await page.getByRole('button', { name: /^Visa \d+ till$/ }).click()
  await expect(historyCount).toHaveText(/^Visar (2\d) av \1 händelser$/)
  await expectNoAxeViolations(page, 'a member page with a long history')
})
