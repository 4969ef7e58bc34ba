import { completeWizard, expectNoAxeViolations, kalmar } from './support'
import { expect, test } from './fixtures'

const screens = [
  'Översikt',
  'Verksamheter',
  'Dialoger och insatsplaner',
  'Årshjul',
  'Statistik',
  'Intyg och rapporter',
  'Inställningar'
]

test('axe finds no violations on any wizard step', async ({ page }) => {
  await page.goto('/')
  await expectNoAxeViolations(page, 'wizard step 1')
  await page.getByLabel('Län', { exact: true }).selectOption('08')
  await page.getByRole('button', { name: 'Nästa' }).click()
  await expectNoAxeViolations(page, 'wizard step 2')
  await page.getByRole('button', { name: 'Nästa' }).click()
  await page.getByRole('button', { name: 'Lägg till fokusområde' }).click()
  await page.getByLabel('Fokusområde 1', { exact: true }).fill('Jämställd hälsa')
  await expectNoAxeViolations(page, 'wizard step 3')
  await page.getByRole('button', { name: 'Nästa' }).click()
  await expectNoAxeViolations(page, 'wizard step 4')
})

test('axe finds no violations on any screen, and the shell looks right at 1280×800', async ({ page, files }) => {
  await completeWizard(page, kalmar, files)
  for (const screen of screens) {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: screen }).click()
    await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible()
    await expectNoAxeViolations(page, screen)
  }
  await page.getByRole('link', { name: 'Översikt' }).click()
  await page.screenshot({ path: 'test-results/screens/overview-1280x800.png' })
  await page.getByRole('link', { name: 'Inställningar' }).click()
  await page.screenshot({ path: 'test-results/screens/settings-1280x800.png', fullPage: true })
})

test('every control can be reached with Tab and shows a visible focus', async ({ page, files }) => {
  await completeWizard(page, kalmar, files)
  await page.getByRole('link', { name: 'Inställningar' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible()

  // A group of radio buttons is one Tab stop (the arrow keys move within it), so it counts once.
  const controls = await page.locator('a[href], button:not([disabled]), input, select, textarea').evaluateAll((els) => {
    const radioGroups = new Set<string>()
    return els.filter((e) => {
      if ((e as HTMLElement).offsetParent === null && !e.classList.contains('skip-link')) return false
      if (!(e instanceof HTMLInputElement) || e.type !== 'radio') return true
      if (radioGroups.has(e.name)) return false
      radioGroups.add(e.name)
      return true
    }).length
  })
  const reached = new Set<string>()
  const withoutFocusRing: string[] = []
  await page.locator('body').focus()
  for (let i = 0; i < controls + 5; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      const style = getComputedStyle(el)
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
      const radioGroup = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : null
      return { id: radioGroup ?? el.tagName + (el.id || el.textContent?.trim().slice(0, 40)), ring }
    })
    if (!focused) continue
    reached.add(focused.id)
    if (!focused.ring) withoutFocusRing.push(focused.id)
  }
  expect(withoutFocusRing).toEqual([])
  expect(reached.size).toBeGreaterThanOrEqual(controls)
  for (const name of [
    'Spara länsprofilen',
    'Lägg till fokusområde',
    'Byt logotyp…',
    'Hoppa till innehållet',
    'Översikt',
    'Inställningar'
  ]) {
    expect(
      [...reached].some((id) => id.includes(name)),
      name
    ).toBe(true)
  }
  for (const id of ['SELECTprofile-county', 'INPUTprofile-strategy-name', 'INPUTprofile-signatory-title']) {
    expect(reached.has(id), id).toBe(true)
  }
})

test('the skip link takes keyboard users past the menu', async ({ page }) => {
  await completeWizard(page, { ...kalmar, logo: undefined })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})
