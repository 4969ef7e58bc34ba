import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { result, summarise, type BenchContext, type Scenario, type ScenarioResult } from '../measure'

/** Chromium scenarios against the built renderer served by `vite preview` (the caller starts it). */
export const baseUrl = 'http://127.0.0.1:4174'

const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=sv-SE'
]

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: launchArgs })
}

/** Sets up a county profile through the wizard and fills the register with demo members through Inställningar. */
export async function seededContext(browser: Browser, members: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/`)
  await page.getByLabel('Län', { exact: true }).selectOption('08')
  // Through every wizard step (their number grows as the profile does) with the defaults.
  const finish = page.getByRole('button', { name: 'Spara och börja' })
  for (let step = 0; step < 10 && !(await finish.isVisible()); step++)
    await page.getByRole('button', { name: 'Nästa' }).click()
  await finish.click()
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor()
  if (members > 0) {
    await page.goto(`${baseUrl}/#/installningar`)
    await page.getByLabel('Antal verksamheter').fill(String(members))
    await page.getByRole('button', { name: 'Skapa exempeldata…' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Skapa' }).click()
    await page.getByText('påhittade verksamheter med').waitFor({ timeout: 60_000 })
  }
  await page.close()
  return context
}

/** Milliseconds from navigation start until the member list shows its count line for `expected` members. */
async function timeToList(page: Page, expected: number): Promise<number> {
  await page.goto(`${baseUrl}/#/verksamheter`)
  const shown = new Intl.NumberFormat('sv-SE').format(expected)
  const handle = await page.waitForFunction(
    (text) => {
      const count = document.querySelector('[data-testid="member-count"]')?.textContent ?? ''
      return count.replace(/\s/g, ' ').includes(`av ${text.replace(/\s/g, ' ')} verksamheter`) ? performance.now() : 0
    },
    shown,
    { polling: 'raf', timeout: 60_000 }
  )
  return (await handle.jsonValue()) as number
}

/** Time from a keystroke in the search box to the next frame after the list has updated. */
async function filterLatency(page: Page, queries: string[]): Promise<number[]> {
  return page.evaluate(async (qs) => {
    const input = document.querySelector<HTMLInputElement>('#member-search')!
    const samples: number[] = []
    for (const q of qs) {
      const start = performance.now()
      input.value = q
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      samples.push(performance.now() - start)
    }
    return samples
  }, queries)
}

type Screen = 'member' | 'work' | 'county' | 'list'

/**
 * Milliseconds from an in-app navigation (a hash change, as a click on a link
 * does) until the screen shows its data, measured inside the page. The check
 * is a function, not a string: the app's CSP forbids eval.
 */
async function timeToScreen(page: Page, hash: string, screen: Screen): Promise<number> {
  const start = await page.evaluate((h) => {
    const t = performance.now()
    location.hash = h
    return t
  }, hash)
  const handle = await page.waitForFunction(
    // No named helpers in here: tsx would wrap them in a __name() the page does not have.
    (which) => {
      const q = document.querySelector.bind(document)
      let ready = false
      if (which === 'member') ready = q('[data-testid="period-1"]') !== null && q('#history-heading') !== null
      else if (which === 'work')
        ready =
          q('#plan-heading') !== null &&
          (q('.dialogues li') !== null || /Inga dialoger/.test(document.body.textContent ?? ''))
      else if (which === 'county') ready = (q('[data-testid="actions-total"]')?.textContent ?? '').trim() !== ''
      else ready = q('[data-testid="member-count"]') !== null
      return ready ? performance.now() : 0
    },
    screen,
    { polling: 'raf', timeout: 60_000 }
  )
  return ((await handle.jsonValue()) as number) - start
}

/** Member page, the member's dialogues and plan, and the county view, each opened from the list. */
async function screenTimes(page: Page, runs: number): Promise<{ member: number[]; work: number[]; county: number[] }> {
  const ids = await page
    .locator('.member-table tbody a')
    .evaluateAll((links) => links.slice(0, 20).map((a) => (a as HTMLAnchorElement).hash.split('/')[2]!))
  const times = { member: [] as number[], work: [] as number[], county: [] as number[] }
  for (let i = 0; i < runs; i++) {
    const id = ids[i % ids.length]!
    times.member.push(await timeToScreen(page, `#/verksamheter/${id}`, 'member'))
    times.work.push(await timeToScreen(page, `#/verksamheter/${id}/dialoger`, 'work'))
    times.county.push(await timeToScreen(page, '#/dialoger', 'county'))
    await timeToScreen(page, '#/verksamheter', 'list')
  }
  return times
}

export const browserScenario: Scenario = {
  name: 'cold start, list filter and screens (Chromium)',
  async run({ smoke }: BenchContext): Promise<ScenarioResult[]> {
    const members = smoke ? 20 : 1000
    const runs = smoke ? 1 : 7
    const browser = await launch()
    try {
      const empty = await seededContext(browser, 0)
      const emptySamples: number[] = []
      for (let i = 0; i < runs; i++) {
        const page = await empty.newPage()
        emptySamples.push(await timeToList(page, 0))
        await page.close()
      }
      const full = await seededContext(browser, members)
      const fullSamples: number[] = []
      let filterSamples: number[] = []
      let screens = { member: [] as number[], work: [] as number[], county: [] as number[] }
      for (let i = 0; i < runs; i++) {
        const page = await full.newPage()
        fullSamples.push(await timeToList(page, members))
        if (i === runs - 1) {
          const queries = ['k', 'ka', 'kal', 'kalm', 'kalma', 'kalmar', '', 'ö', 'öl', '']
          filterSamples = await filterLatency(page, smoke ? queries.slice(0, 2) : [...queries, ...queries, ...queries])
          screens = await screenTimes(page, smoke ? 1 : 10)
        }
        await page.close()
      }
      const volume = `${members} members, ${members * 10} dialogues, ${members * 5} actions`
      return [
        result(`cold start to interactive list (${volume})`, 'ms', fullSamples, {
          baseline: { name: 'same start with an empty register', median: summarise(emptySamples).median },
          target: '≤ 1 500 ms',
          targetMax: 1500,
          note: 'navigation start → list with its count line, new page in a browser profile that has the data'
        }),
        result(`list filter, keystroke to next frame (${members} members)`, 'ms', filterSamples, {
          target: '≤ 100 ms',
          targetMax: 100
        }),
        result(`member page opens from the list (${volume})`, 'ms', screens.member, {
          target: '≤ 200 ms',
          targetMax: 200
        }),
        result(`member's dialogues and plan open (${volume})`, 'ms', screens.work, {
          target: '≤ 200 ms',
          targetMax: 200
        }),
        result(`county follow-up view opens (${volume})`, 'ms', screens.county, { target: '≤ 200 ms', targetMax: 200 })
      ]
    } finally {
      await browser.close()
    }
  }
}
