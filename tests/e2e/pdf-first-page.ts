import { execFileSync } from 'node:child_process'
import { expect } from '@playwright/test'

/**
 * Compares the first page of a saved PDF, rendered at 50 dpi, with the
 * committed PNG `name` (tolerance in playwright.config.ts). The tests that
 * call it fix the clock and the data, so the page is the same on every run.
 */
export function expectFirstPdfPage(pdfPath: string, name: string): void {
  const firstPage = execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdfPath])
  expect(firstPage).toMatchSnapshot(name)
}
