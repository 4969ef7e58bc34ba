import { expect, test } from './fixtures'

test('the built page carries the strict Content-Security-Policy', async ({ request }) => {
  const html = await (await request.get('/index.html')).text()
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain("object-src 'none'")
  expect(policy).not.toContain('unsafe')
})

test('in a browser the app runs on the web bridge, with no desktop API in reach', async ({ page }) => {
  const cspErrors: string[] = []
  page.on('console', (m) => m.type() === 'error' && cspErrors.push(m.text()))
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Kugghjul' })).toBeVisible()
  expect(await page.evaluate(() => 'kugghjul' in window)).toBe(false)
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
  expect(cspErrors).toEqual([])
})
