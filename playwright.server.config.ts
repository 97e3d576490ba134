import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts'

// The browser against the real criteria service: `npm run serve` (the mocking-off build
// and server/ with PGlite), a fresh data folder each run. PW_SERVER_PORT moves it.
const port = Number(process.env.PW_SERVER_PORT ?? 4302)
const dataDir = 'node_modules/.tmp/e2e-server-data'

export default defineConfig({
  testDir: 'tests/e2e-server',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  failOnFlakyTests: !!process.env.CI,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // As playwright.config.ts: a failure's trace without the screencast, and a screenshot.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: `rm -rf ${dataDir} && npm run serve -- --port ${port} --data ${dataDir}`,
    url: `http://127.0.0.1:${port}/api/me`,
    reuseExistingServer: false,
    timeout: 240_000,
  },
})
