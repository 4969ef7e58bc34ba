import { execFileSync } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { dumpDatabase } from './database-dump'
import type { DesktopHarness } from './desktop/main-harness'
import { expect, test, type FileDialogs, type PickedFile } from './fixtures'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen, orgNumber } from './support'

async function openBackups(page: Page): Promise<void> {
  await openScreen(page, 'Inställningar')
  await page.getByRole('link', { name: 'Säkerhetskopior' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopior' })).toBeVisible()
}

async function saveBackup(page: Page, files: FileDialogs): Promise<string> {
  return (await files.save(() => page.getByRole('button', { name: 'Spara säkerhetskopia…' }).click())).path
}

async function chooseBackup(page: Page, files: FileDialogs, file: PickedFile): Promise<void> {
  await files.open(() => page.getByRole('button', { name: 'Välj säkerhetskopia…' }).click(), {
    ...file,
    mimeType: 'application/json'
  })
}

/**
 * Says "Ersätt allt" and checks that the data from before was kept first:
 * in the browser as a download, in the desktop app in the backups folder.
 */
async function replaceEverything(page: Page, desktop: DesktopHarness | null): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Ersätt hela registret?' })
  if (desktop) {
    await dialog.getByRole('button', { name: 'Ersätt allt' }).click()
    await expect(page.getByTestId('restored-notice')).toBeVisible()
    expect(
      (await readdir(desktop.backupsFolder)).filter((n) => n.startsWith('kugghjul-fore-aterstallning-'))
    ).toHaveLength(1)
  } else {
    const safety = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Ersätt allt' }).click()
    expect((await safety).suggestedFilename()).toContain('fore-aterstallning')
  }
}

/** A register with something in every table the app has today. */
async function fillRegister(page: Page): Promise<void> {
  await addMember(page, {
    name: 'Kalmar kommun',
    orgNumber: '212000-0662',
    decisionDate: '2024-02-01',
    decisionReference: 'KS 2024/5'
  })
  await page.getByRole('button', { name: 'Klart i dag: Intyg utfärdat' }).click()
  await page.getByRole('link', { name: 'Redigera uppgifter' }).click()
  await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click()
  await page.locator('#contact-0-name').fill('Åsa Öberg')
  await page.locator('#contact-0-email').fill('asa.oberg@kalmar.se')
  await page.getByRole('button', { name: 'Spara ändringarna' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kalmar kommun', exact: true })).toBeVisible()
  await addMember(page, {
    name: 'Ölands folkhögskola',
    orgNumber: orgNumber('802000004'),
    type: 'Idéburen organisation',
    decisionDate: '2023-05-01'
  })
  await openScreen(page, 'Inställningar')
  await page.getByLabel('Påminn om utvärdering, dagar före periodens slut').fill('120')
  await page.getByRole('button', { name: 'Spara påminnelsen' }).click()
  await expect(page.getByText('Påminnelsen är sparad')).toBeVisible()
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, { ...kalmar, logo: undefined })
})

test('a backup brings back exactly what was there after changes and deletions', async ({ page, files, desktop }) => {
  await fillRegister(page)
  const before = await dumpDatabase(page)
  expect(before['members']).toHaveLength(2)

  await openBackups(page)
  await expectNoAxeViolations(page, 'Säkerhetskopior')
  const file = await saveBackup(page, files)

  // Change and delete things.
  await openScreen(page, 'Verksamheter')
  await page.getByRole('link', { name: 'Ölands folkhögskola' }).click()
  await page.getByRole('button', { name: 'Ta bort ur registret…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort ur registret' }).click()
  await openScreen(page, 'Inställningar')
  await page.getByLabel('Strategins namn').fill('Ett annat namn')
  await page.getByRole('button', { name: 'Spara länsprofilen' }).click()
  expect(await dumpDatabase(page)).not.toEqual(before)

  await openBackups(page)
  await chooseBackup(page, files, { name: 'kugghjul-backup.json', buffer: await readFile(file) })
  await expect(page.getByRole('dialog', { name: 'Ersätt hela registret?' })).toContainText('2 verksamheter')
  await replaceEverything(page, desktop)
  await expect(page.getByTestId('restored-notice')).toContainText('kugghjul-backup.json')

  const after = await dumpDatabase(page)
  const restoreEntries = (after['auditLog'] as { entityType: string }[]).filter((e) => e.entityType === 'backup')
  expect(restoreEntries).toHaveLength(1)
  expect({
    ...after,
    auditLog: (after['auditLog'] as { entityType: string }[]).filter((e) => e.entityType !== 'backup')
  }).toEqual(before)
  await expect(page.getByTestId('header-strategy')).toHaveText('Ett jämställt Kalmar län 2023–2027')
})

test('a truncated or edited backup is refused and nothing changes', async ({ page, files }, testInfo) => {
  await fillRegister(page)
  await openBackups(page)
  const file = await saveBackup(page, files)
  const bytes = await readFile(file)
  const before = await dumpDatabase(page)

  await chooseBackup(page, files, { name: 'halv.json', buffer: bytes.subarray(0, Math.floor(bytes.length / 2)) })
  await expect(page.getByRole('alert')).toContainText('Inget har ändrats')
  await expect(page.getByRole('dialog')).toBeHidden()

  const edited = bytes.toString('utf8').replace('Kalmar kommun', 'Kalmar kommuN')
  await writeFile(testInfo.outputPath('edited.json'), edited)
  await chooseBackup(page, files, { name: 'andrad.json', buffer: Buffer.from(edited) })
  await expect(page.getByRole('alert')).toContainText('Inget har ändrats')
  expect(await dumpDatabase(page)).toEqual(before)
})

test('personal data: register, extract for one person, anonymisation that keeps the history, and review of old data', async ({
  page,
  files
}) => {
  await fillRegister(page)
  await openScreen(page, 'Inställningar')
  await page.getByRole('link', { name: 'Personuppgifter' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Personuppgifter' })).toBeVisible()
  await expect(page.getByTestId('persons-held-members')).toHaveText('1')
  await expectNoAxeViolations(page, 'Personuppgifter')

  // The registerutdrag is a PDF the person can read; the machine-readable file is its own button.
  await page.getByLabel('Sök person').fill('asa.oberg@')
  await expect(page.getByTestId('person-hits')).toContainText('Kontaktperson hos Kalmar kommun')
  const pdf = await files.save(() => page.getByRole('button', { name: 'Registerutdrag (PDF)… för Åsa Öberg' }).click())
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Uppgifter om Åsa Öberg enligt artikel 15')
  expect(text).toContain('asa.oberg@kalmar.se')
  expect(text).toContain('Rättslig grund')
  const json = await files.save(() =>
    page.getByRole('button', { name: 'Maskinläsbar fil (JSON)… för Åsa Öberg' }).click()
  )
  expect(JSON.parse((await readFile(json.path)).toString('utf8')).person.emails).toEqual(['asa.oberg@kalmar.se'])

  await page.getByRole('button', { name: 'Anonymisera… Åsa Öberg' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Anonymisera' }).click()
  await expect(page.getByTestId('privacy-message')).toContainText('Åsa Öberg anonymiserades')
  await expect(page.getByTestId('persons-held-members')).toHaveText('0')

  await openScreen(page, 'Verksamheter')
  await page.getByRole('link', { name: 'Kalmar kommun' }).click()
  await expect(page.getByText('Anonymiserad kontaktperson')).toBeVisible()
  await expect(page.locator('main')).not.toContainText('Åsa Öberg')
  await expect(page.getByRole('table').last()).toContainText('lades till')

  // End Ölands folkhögskola's membership and look three years ahead.
  await openScreen(page, 'Verksamheter')
  await page.getByRole('link', { name: 'Ölands folkhögskola' }).click()
  await page.getByRole('link', { name: 'Redigera uppgifter' }).click()
  await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click()
  await page.locator('#contact-0-name').fill('Per Lind')
  await page.getByRole('button', { name: 'Spara ändringarna' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ölands folkhögskola', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Avsluta anslutningen…' }).click()
  // The period (from 2023-05-01) ran out on 2026-04-30; an ending falls within it, and the form proposes that day.
  await expect(page.locator('#ending-date')).toHaveValue('2026-04-30')
  await page.locator('#ending-reason').fill('Valde att inte förnya')
  await page.getByRole('button', { name: 'Avsluta anslutningen', exact: true }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Avsluta' }).click()
  // The ending is written before the page reloads (the reload raced the write in CI).
  await expect(page.getByText('Anslutningen avslutas 2026-04-30.')).toBeVisible()
  await page.clock.setFixedTime(new Date('2029-12-01T10:00:00'))
  await page.reload()
  await openScreen(page, 'Inställningar')
  await page.getByRole('link', { name: 'Personuppgifter' }).click()
  await expect(page.getByTestId('retention-list')).toContainText('Per Lind')
})

test('a register made by npm run seed restores into the app', async ({ page, files, desktop }, testInfo) => {
  const file = testInfo.outputPath('seed.json')
  execFileSync('npx', ['tsx', 'scripts/seed.ts', '--members', '30', '--today', '2026-11-23', '--out', file], {
    stdio: 'pipe'
  })
  await openBackups(page)
  await chooseBackup(page, files, { name: 'seed.json', buffer: await readFile(file) })
  await expect(page.getByRole('dialog', { name: 'Ersätt hela registret?' })).toContainText('30 verksamheter')
  await replaceEverything(page, desktop)
  await expect(page.getByTestId('restored-notice')).toBeVisible()
  await openScreen(page, 'Verksamheter')
  await expect(page.getByTestId('member-count')).toHaveText('Visar 30 av 30 verksamheter')
  await expect(page.getByTestId('header-strategy')).toHaveText('Ett jämställt Kalmar län 2023–2027')
})
