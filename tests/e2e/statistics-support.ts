import { expect, type Locator, type Page } from '@playwright/test'
import type { FileDialogs } from './fixtures'
import { openScreen } from './support'

/** Steps the Statistik journeys share: the import screen, picking a file, and reading the measure table. */

export async function openImport(page: Page): Promise<void> {
  await openScreen(page, 'Statistik')
  await page.getByRole('link', { name: 'Importera fil' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Importera statistik' })).toBeVisible()
}

export async function pickFile(page: Page, files: FileDialogs, path: string): Promise<void> {
  await files.open(() => page.getByRole('button', { name: 'Välj statistikfil…' }).click(), path)
}

export async function importFile(page: Page, files: FileDialogs, path: string): Promise<void> {
  await openImport(page)
  await pickFile(page, files, path)
  await expect(page.getByRole('heading', { name: '2. Förhandsgranska' })).toBeVisible()
}

/** The cells after the row header, spaces normalised (Swedish numbers use a no-break space). */
export async function cellTexts(row: Locator): Promise<string[]> {
  return (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())
}

/** A row of the women-and-men table: one region in one period. */
export function comparisonRow(page: Page, region: string, year: string): Locator {
  return page
    .getByTestId('comparison-table')
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: region, exact: true }) })
    .filter({ has: page.getByRole('cell', { name: year, exact: true }) })
}

/** A row of the totals table (a table without a sex split): one region, the periods as columns. */
export function totalsRow(page: Page, region: string): Locator {
  return page
    .getByTestId('comparison-table')
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: region, exact: true }) })
}
