/**
 * Journeys only the desktop app has: the Electron bridge itself, automatic
 * backups in the data folder and a second folder, and links handed to the
 * system. Runs in the "desktop" project only (playwright.config.ts).
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bridgeChannels } from '../../src/preload/contract'
import { DESKTOP_BINDING } from './desktop/binding-name'
import { expect, test } from './fixtures'
import { addMember, completeWizard, expectNoAxeViolations, kalmar, openScreen, orgNumber } from './support'

const noLogo = { ...kalmar, logo: undefined }

async function openBackups(page: import('@playwright/test').Page): Promise<void> {
  await openScreen(page, 'Inställningar')
  await page.getByRole('link', { name: 'Säkerhetskopior' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopior' })).toBeVisible()
}

const automaticIn = async (folder: string) =>
  (await readdir(folder)).filter((n) => n.startsWith('kugghjul-sakerhetskopia-')).sort()

test('the app runs on the Electron bridge: exactly the contract, frozen, and no page but the app gets an answer', async ({
  page,
  context,
  desktop
}) => {
  await completeWizard(page, noLogo)
  const bridge = await page.evaluate(() => {
    const k = (window as unknown as { kugghjul: Record<string, unknown> }).kugghjul
    return {
      methods: Object.keys(k).sort(),
      frozen: Object.isFrozen(k),
      hasIpc: 'ipcRenderer' in window || 'require' in window
    }
  })
  expect(bridge).toEqual({ methods: Object.keys(bridgeChannels).sort(), frozen: true, hasIpc: false })
  await openScreen(page, 'Inställningar')
  await expect(page.getByText(desktop!.userData, { exact: true })).toBeVisible()

  // Another page in the same browser reaches the binding, but main refuses it: the sender is not the app.
  const other = await context.newPage()
  await other.goto('data:text/html,<title>Annan sida</title>')
  const refusal = await other.evaluate(
    (binding) =>
      (window as unknown as Record<string, (c: string, p: unknown) => Promise<unknown>>)[binding]!(
        'app:info',
        null
      ).then(
        () => 'svarade',
        (e: Error) => e.message
      ),
    DESKTOP_BINDING
  )
  expect(refusal).toContain('avsändaren är inte Kugghjuls eget fönster')
})

test('automatic backups: the first comes 30 s after start, old ones rotate away, and one restores the register', async ({
  page,
  desktop
}, testInfo) => {
  const backups = desktop!.backupsFolder
  // Sixteen daily backups from October, left by earlier runs.
  const seed = testInfo.outputPath('seed.json')
  execFileSync('npx', ['tsx', 'scripts/seed.ts', '--members', '3', '--today', '2026-10-16', '--out', seed], {
    stdio: 'pipe'
  })
  await mkdir(backups, { recursive: true })
  const old = Array.from(
    { length: 16 },
    (_, i) => `kugghjul-sakerhetskopia-2026-10-${String(i + 1).padStart(2, '0')}T070000000Z.json`
  )
  for (const name of old) await writeFile(join(backups, name), await readFile(seed))

  await page.clock.install({ time: new Date('2026-11-23T10:00:00') })
  await completeWizard(page, noLogo)
  expect(await automaticIn(backups)).toEqual(old)
  await page.clock.runFor(31_000)
  await expect.poll(() => automaticIn(backups), { timeout: 15_000 }).toHaveLength(14)
  const kept = await automaticIn(backups)
  // 14 days are kept: today's and the 13 newest October days; 1–3 October are gone.
  expect(kept.slice(0, 13)).toEqual(old.slice(3))
  const newest = kept[13]!

  await openBackups(page)
  const list = page.getByRole('table').filter({ hasText: 'Automatisk' })
  await expect(list.getByRole('row')).toHaveCount(15)
  await expect(list.getByRole('row').nth(1)).toContainText('0 verksamheter')
  await expectNoAxeViolations(page, 'Säkerhetskopior i skrivbordsappen')

  // A member added after the backup is gone again when the backup is restored.
  await addMember(page, { name: 'Kalmar kommun', orgNumber: '212000-0662', decisionDate: '2024-02-01' })
  await openBackups(page)
  await list
    .getByRole('row')
    .nth(1)
    .getByRole('button', { name: /^Återställ/ })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Ersätt hela registret?' })
  await expect(dialog).toContainText(newest)
  await dialog.getByRole('button', { name: 'Ersätt allt' }).click()
  await expect(page.getByTestId('restored-notice')).toContainText(newest)
  expect((await readdir(backups)).filter((n) => n.startsWith('kugghjul-fore-aterstallning-'))).toHaveLength(1)
  await openScreen(page, 'Verksamheter')
  await expect(page.getByText('Kalmar kommun')).toHaveCount(0)
})

test('a second backup folder gets the same backups; when it cannot be reached Översikt says so and the local backup goes on', async ({
  page,
  desktop
}) => {
  const share = join(desktop!.userData, '..', 'Nätverksenhet', 'Kugghjul')
  await mkdir(share, { recursive: true })
  await completeWizard(page, noLogo)
  await openBackups(page)
  const places = page.getByTestId('backup-places')
  await expect(places).toContainText(desktop!.backupsFolder)

  desktop!.answerNextOpen(share)
  await page.getByRole('button', { name: 'Välj en andra mapp…' }).click()
  await expect(page.getByTestId('places-message')).toContainText(`Säkerhetskopiorna sparas nu också i ${share}`)
  const [copied] = await automaticIn(share)
  expect(copied).toBeDefined()
  expect(await readFile(join(share, copied!))).toEqual(await readFile(join(desktop!.backupsFolder, copied!)))
  await expect(places.getByRole('row', { name: /Andra mappen/ })).toContainText('Fungerar')
  await expectNoAxeViolations(page, 'Säkerhetskopior med en andra mapp')

  // The share is gone (unplugged, VPN down).
  await rm(join(desktop!.userData, '..', 'Nätverksenhet'), { recursive: true })
  const localBefore = await automaticIn(desktop!.backupsFolder)
  await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click()
  await expect(places.getByRole('row', { name: /Andra mappen/ })).toContainText('Misslyckades')
  await expect(places.getByRole('row', { name: /Andra mappen/ })).toContainText(
    'Mappen finns inte. Är nätverksenheten ansluten?'
  )
  await expect.poll(() => automaticIn(desktop!.backupsFolder)).not.toEqual(localBefore)
  await expect(places.getByRole('row', { name: /Den här datorn/ })).toContainText('Fungerar')
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: 'test-results/screens/sakerhetskopior-skrivbord.png', fullPage: true })

  await openScreen(page, 'Översikt')
  const warning = page.getByTestId('backup-warning')
  await expect(warning).toContainText('Säkerhetskopiorna sparas inte överallt')
  await expect(warning).toContainText(share)
  await expectNoAxeViolations(page, 'Översikt med en varning om säkerhetskopior')
  await page.screenshot({ path: 'test-results/screens/oversikt-varning-sakerhetskopior.png' })
  await warning.getByRole('link', { name: 'Gå till Säkerhetskopior' }).click()
  await page.getByRole('button', { name: 'Sluta spara i den andra mappen' }).click()
  await openScreen(page, 'Översikt')
  await expect(page.getByTestId('backup-warning')).toHaveCount(0)
})

test('links leave through main: e-mail and https at once, an unencrypted page only after a yes', async ({
  page,
  context,
  desktop
}) => {
  await completeWizard(page, noLogo)
  await addMember(page, { name: 'Kalmar kommun', orgNumber: '212000-0662', decisionDate: '2024-02-01' })
  await page.getByRole('link', { name: 'Redigera uppgifter' }).click()
  await page.getByLabel('Webbplats').fill('http://www.kalmar.se')
  await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click()
  await page.locator('#contact-0-name').fill('Åsa Öberg')
  await page.locator('#contact-0-email').fill('asa.oberg@kalmar.se')
  await page.getByRole('button', { name: 'Spara ändringarna' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kalmar kommun', exact: true })).toBeVisible()

  await page.getByRole('link', { name: 'asa.oberg@kalmar.se' }).click()
  await expect.poll(() => desktop!.openedExternally).toEqual(['mailto:asa.oberg@kalmar.se'])

  // First Avbryt, then Öppna ändå.
  await page.getByRole('link', { name: 'http://www.kalmar.se' }).click()
  await expect.poll(() => desktop!.unencryptedQuestions).toEqual(['http://www.kalmar.se'])
  desktop!.answerNextUnencrypted(true)
  await page.getByRole('link', { name: 'http://www.kalmar.se' }).click()
  await expect.poll(() => desktop!.openedExternally).toEqual(['mailto:asa.oberg@kalmar.se', 'http://www.kalmar.se'])
  // Nothing opened inside the app.
  expect(context.pages()).toHaveLength(1)
})

test('a member whose name holds a slash still gets its certificate saved', async ({ page, files, desktop }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'))
  await completeWizard(page, noLogo)
  await addMember(page, {
    name: 'Vård/omsorg i Kalmar AB',
    orgNumber: orgNumber('556012345'),
    type: 'Företag',
    decisionDate: '2026-01-20'
  })
  const saved = await files.save(() => page.getByRole('button', { name: 'Utfärda intyg…' }).click())
  expect(saved.name).toBe('Intyg Vård-omsorg i Kalmar AB 2026-11-23.pdf')
  expect(desktop!.saveDialogs).toEqual([join(desktop!.documents, saved.name)])
  expect(execFileSync('pdftotext', [saved.path, '-'], { encoding: 'utf8' })).toContain('Vård/omsorg i Kalmar AB')
})

test('closing the window with unsaved changes asks first; Avbryt keeps the window and the text', async ({
  page,
  desktop
}) => {
  await completeWizard(page, noLogo)
  await openScreen(page, 'Verksamheter')
  await page.getByRole('link', { name: 'Ny verksamhet' }).click()
  // Nothing typed yet: the window closes without a question.
  expect(desktop!.closeWindow('Avbryt')).toBe(true)
  expect(desktop!.closeQuestions).toBe(0)

  const name = page.locator('#member-name')
  await name.fill('Emmaboda kommun')
  await expect.poll(() => desktop!.closeWindow('Avbryt')).toBe(false)
  expect(desktop!.closeQuestions).toBeGreaterThan(0)
  await expect(name).toHaveValue('Emmaboda kommun')

  // Taking the text back again is no change: the window closes without asking.
  await name.fill('')
  await expect.poll(() => desktop!.closeWindow('Avbryt')).toBe(true)
  await name.fill('Emmaboda kommun')
  await expect.poll(() => desktop!.closeWindow('Stäng')).toBe(true)
})
