import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen } from './support'
import { expect, test } from './fixtures'

/**
 * Reaching members by e-mail: the contact persons' addresses of the
 * Verksamheter list (as filtered), a network and an event's invitees, copied
 * separated by semicolons, and "Skriv e-post" opening the mail program with
 * them in Bcc (in the desktop app through main's link policy).
 */
async function addContacts(page: Page, contacts: [string, string][]): Promise<void> {
  await page.getByRole('link', { name: 'Redigera uppgifter' }).click()
  for (const [i, [name, email]] of contacts.entries()) {
    await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click()
    await page.locator(`#contact-${i}-name`).fill(name)
    await page.locator(`#contact-${i}-email`).fill(email)
  }
  await page.getByRole('button', { name: 'Spara ändringarna' }).click()
  await expect(page.getByRole('link', { name: 'Redigera uppgifter' })).toBeVisible()
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText())

test('addresses of the member list, a network and an event’s invitees: copied for Bcc and opened as a mailto', async ({
  page,
  context,
  desktop
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await completeWizard(page, { ...kalmar, logo: undefined })
  await addMember(page, {
    name: 'Kalmar kommun',
    orgNumber: '212000-0662',
    decisionDate: '2026-02-01',
    municipality: 'Kalmar (0880)'
  })
  await addContacts(page, [
    ['Åsa Öberg', 'asa.oberg@kalmar.se'],
    ['Per Lind', 'per.lind@kalmar.se']
  ])
  await addMember(page, {
    name: 'Högsby kommun',
    orgNumber: '212000-0787',
    decisionDate: '2026-01-10',
    municipality: 'Högsby (0821)'
  })
  await addContacts(page, [
    ['Lena Ek', 'lena.ek@hogsby.se'],
    ['Åsa Öberg (samma)', 'Asa.Oberg@kalmar.se']
  ])
  await addMember(page, {
    name: 'Region Kalmar län',
    orgNumber: '232100-0073',
    decisionDate: '2026-03-01',
    type: 'Region'
  })

  await openScreen(page, 'Verksamheter')
  await page.getByRole('button', { name: 'Kopiera e-postadresser' }).click()
  await expect(page.getByTestId('members-email-message')).toHaveText(
    '3 e-postadresser är kopierade. Klistra in dem i fältet Hemlig kopia (Bcc).'
  )
  // In the list's order (by name); Åsa's address once although two members name her.
  expect(await clipboard(page)).toBe('lena.ek@hogsby.se; Asa.Oberg@kalmar.se; per.lind@kalmar.se')
  // Filtered to Högsby: only its contact persons.
  await page.getByLabel('Sök').fill('Högsby')
  await expect(page.getByTestId('member-count')).toContainText('Visar 1 av 3')
  await page.getByRole('button', { name: 'Kopiera e-postadresser' }).click()
  expect(await clipboard(page)).toBe('lena.ek@hogsby.se; Asa.Oberg@kalmar.se')
  await expectNoAxeViolations(page, 'Verksamheter with the e-mail buttons')

  await openScreen(page, 'Årshjul')
  await page.getByRole('navigation', { name: 'Årshjulets delar' }).getByRole('link', { name: 'Nätverk' }).click()
  await page.getByRole('link', { name: 'Nytt nätverk' }).click()
  await page.getByLabel('Namn', { exact: true }).fill('Jämställd hälsa')
  await page.getByRole('checkbox', { name: /Högsby kommun/ }).check()
  await page.getByRole('checkbox', { name: /Region Kalmar län/ }).check()
  await page.getByRole('button', { name: 'Lägg till nätverket' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jämställd hälsa' })).toBeVisible()
  await page.getByRole('button', { name: 'Kopiera e-postadresser' }).click()
  expect(await clipboard(page)).toBe('lena.ek@hogsby.se; Asa.Oberg@kalmar.se')
  if (desktop) {
    await page.getByRole('button', { name: 'Skriv e-post' }).click()
    await expect(page.getByTestId('network-email-message')).toHaveText(
      'E-postprogrammet öppnas med 2 mottagare i Hemlig kopia (Bcc).'
    )
    await expect.poll(() => desktop.openedExternally).toEqual(['mailto:?bcc=lena.ek%40hogsby.se,Asa.Oberg%40kalmar.se'])
  }
  await expectNoAxeViolations(page, 'a network with the e-mail buttons')

  await openScreen(page, 'Årshjul')
  await page.getByRole('link', { name: 'Ny aktivitet' }).click()
  await page.locator('#event-title').fill('Nätverksträff om jämställd hälsa')
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Nätverksträff' })
  await page.getByLabel('Datum').fill('2026-10-15')
  await page.getByRole('group', { name: 'Inbjudna' }).getByRole('checkbox', { name: 'Jämställd hälsa' }).check()
  await page.getByRole('group', { name: 'Inbjudna' }).getByRole('checkbox', { name: 'Kalmar kommun' }).check()
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nätverksträff om jämställd hälsa' })).toBeVisible()
  await page.getByRole('button', { name: 'Kopiera e-postadresser' }).click()
  await expect(page.getByTestId('event-email-message')).toHaveText(
    '3 e-postadresser är kopierade. Klistra in dem i fältet Hemlig kopia (Bcc).'
  )
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: 'test-results/screens/aktivitet-e-postadresser.png' })
  expect((await clipboard(page)).split('; ').sort()).toEqual([
    'asa.oberg@kalmar.se',
    'lena.ek@hogsby.se',
    'per.lind@kalmar.se'
  ])
  if (desktop) {
    await page.getByRole('button', { name: 'Skriv e-post' }).click()
    await expect.poll(() => desktop.openedExternally.length).toBe(2)
    expect(desktop.openedExternally[1]).toMatch(/^mailto:\?bcc=/)
  }
  await expectNoAxeViolations(page, 'an event with the e-mail buttons')
})

test('Skicka intyg saves an e-mail draft to the contact persons with the certificate PDF attached', async ({
  page,
  files
}) => {
  await completeWizard(page, { ...kalmar, logo: undefined })
  await addMember(page, {
    name: 'Högsby kommun',
    orgNumber: '212000-0787',
    decisionDate: '2026-01-10',
    municipality: 'Högsby (0821)'
  })
  await addContacts(page, [
    ['Lena Ek', 'lena.ek@hogsby.se'],
    ['Per Lind', 'per.lind@hogsby.se']
  ])
  const saved = await files.save(() => page.getByRole('button', { name: 'Skicka intyg…' }).click())
  expect(saved.name).toBe('Intyg Högsby kommun.eml')
  await expect(page.getByText('E-postutkastet med intyget sparades')).toBeVisible()
  const eml = await readFile(saved.path, 'utf8')
  const [head, ...rest] = eml.split('\r\n\r\n')
  expect(head!.split('\r\n')).toEqual(
    expect.arrayContaining(['X-Unsent: 1', 'To: lena.ek@hogsby.se, per.lind@hogsby.se'])
  )
  const subject = /^Subject: =\?UTF-8\?B\?(.+)\?=$/m.exec(head!)![1]!
  expect(Buffer.from(subject, 'base64').toString('utf8')).toBe(
    'Intyg om anslutning till Ett jämställt Kalmar län 2023–2027 – Högsby kommun'
  )
  const attachment = rest
    .join('\r\n\r\n')
    .split(/--kugghjul-[A-Za-z0-9]+/)[2]!
    .split('\r\n\r\n')[1]!
  const pdf = Buffer.from(attachment.replace(/\s+/g, ''), 'base64')
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const pdfPath = `${saved.path}.pdf`
  await writeFile(pdfPath, pdf)
  expect(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })).toContain('Högsby kommun')
  // The certificate was issued: the member page now offers a reprint.
  await expect(page.getByRole('button', { name: 'Skriv ut intyget…' })).toBeVisible()
})
