import { defineConfig } from '@playwright/test'
import type { PlatformMode } from './tests/e2e/fixtures'

/**
 * End-to-end tests run the built renderer (out/renderer, served by `vite preview`)
 * in Debian's Chromium with the real IndexedDB, in two projects:
 * - web: on the web platform bridge (downloads and file inputs), every spec;
 * - desktop: on the Electron platform bridge, wired to the real main-process
 *   code in the test's Node process (tests/e2e/desktop), every spec whose
 *   journey reaches the platform, plus the desktop-only journeys.
 * Every test gets a fresh browser context (an empty database) and, in desktop
 * mode, a fresh userData folder.
 */
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/** Journeys that save or open files, keep backups or leave the app: they run on both platforms. */
const platformJourneys = [
  'annual-figures.spec.ts',
  'backups.spec.ts',
  'calendar.spec.ts',
  'certificates.spec.ts',
  'email-addresses.spec.ts',
  'evaluation.spec.ts',
  'first-start.spec.ts',
  'member-import.spec.ts',
  'national-rollup.spec.ts',
  'register-extract.spec.ts',
  'statistics.spec.ts',
  'desktop.spec.ts'
]

export default defineConfig<object, { platformMode: PlatformMode }>({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  // In CI a failed test runs once more; npm test names every test that only passed on the retry.
  retries: process.env['CI'] ? 1 : 0,
  timeout: 30_000,
  // Screenshot and PDF-page baselines: one per name, shared by both projects and the CI (same Debian Chromium).
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  expect: {
    // A few pixels, not a share of the page: on a 4 000 px tall page 0,2 % let a changed word through.
    toHaveScreenshot: { maxDiffPixels: 20, animations: 'disabled', caret: 'hide' },
    toMatchSnapshot: { maxDiffPixels: 20 }
  },
  reporter: process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1280, height: 800 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromium,
      args: [
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
    }
  },
  projects: [
    { name: 'web', testIgnore: ['desktop.spec.ts'], use: { platformMode: 'web' } },
    { name: 'desktop', testMatch: platformJourneys, grepInvert: /@browser-only/, use: { platformMode: 'desktop' } }
  ],
  webServer: {
    command: 'npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000
  }
})
