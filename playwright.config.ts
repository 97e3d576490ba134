import { availableParallelism } from 'node:os'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts'

// PW_PORT lets two runs (say, the suite and a benchmark) share the machine.
const port = Number(process.env.PW_PORT ?? 4173)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // A file's tests run in order; files run side by side, one browser per core (each test
  // has its own browser context, so its own demo store).
  workers: Math.min(2, availableParallelism()),
  // No retries, and a test that passes only on a retry fails the run in CI.
  retries: 0,
  failOnFlakyTests: !!process.env.CI,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A failed test keeps its trace: each action with the page's DOM before and after it,
    // the network and the console. Not the screencast: recording a film of every test
    // cost a quarter of the suite's CPU (faults.spec.ts: 161 s of CPU with it, 121 s
    // without; 101 s with no trace at all). In CI no trace is recorded (PW_TRACE=on
    // records it): every test recorded one to keep a failure's, a sixth of the CPU. A
    // failure still keeps a screenshot and its page's accessibility tree (error-context.md).
    trace:
      process.env.CI && process.env.PW_TRACE !== 'on'
        ? 'off'
        : { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  // Browser tests drive the production build, served as `vite preview` serves it.
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
