// The floor: a bare React 19 page (tests/bench/floor/) doing the same work as the app,
// measured in the same Chromium session with the same timing code. An app figure is
// reported as a ratio to its floor, which travels between machines where milliseconds do not.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { preview } from 'vite'
import { pageTimingScript } from './page-timing.ts'
import { settle } from './browser-scenarios.ts'

const CONFIG = 'tests/bench/floor/vite.config.ts'
/** Outside the repository: the floor is never part of the app's dist. */
export const floorDir = join(os.tmpdir(), 'criteria-review-bench-floor')

export function buildFloor(dir = floorDir) {
  execFileSync(
    'npx',
    ['vite', 'build', '--config', CONFIG, '--outDir', dir, '--logLevel', 'error'],
    {
      stdio: 'inherit',
    },
  )
}

/** The same JSON the app was given, saved for the floor pages to fetch. */
export function writeFloorData(data: Record<string, unknown>, dir = floorDir) {
  mkdirSync(join(dir, 'data'), { recursive: true })
  for (const [name, value] of Object.entries(data))
    writeFileSync(join(dir, 'data', `${name}.json`), JSON.stringify(value))
}

export async function serveFloor(port: number, dir = floorDir) {
  const server = await preview({
    configFile: CONFIG,
    logLevel: 'error',
    build: { outDir: dir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  })
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}

export async function openFloor(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1400, height: 900 },
  })
  const page = await context.newPage()
  await page.addInitScript(pageTimingScript)
  return page
}

/** Load to the first row, then the status checkbox to the filtered rows: as worklistRun. */
export async function floorWorklistRun(
  page: Page,
): Promise<{ firstRender: number; filter: number }> {
  await page.goto('/worklist.html', { waitUntil: 'commit' })
  const firstRender = await page.evaluate(() =>
    window.__bench.until(() => !!document.querySelector('table tbody tr')),
  )
  await settle(page)
  const filter = await page.evaluate(async () => {
    const caption = () => document.querySelector('table caption')?.textContent ?? ''
    const box = document.querySelector('input[type=checkbox]') as HTMLInputElement
    const before = caption()
    const t0 = performance.now()
    box.click()
    const t1 = await window.__bench.until(() => caption() !== before && caption() !== '')
    return t1 - t0
  })
  return { firstRender, filter }
}

/** One keystroke in the filter to the new count on screen: as evidenceRun. */
export async function floorEvidenceRun(page: Page): Promise<number> {
  await page.goto('/evidence.html', { waitUntil: 'commit' })
  await page.evaluate(() => window.__bench.until(() => !!document.querySelector('table tbody tr')))
  await page.getByLabel('Filter studies').scrollIntoViewIfNeeded() // as evidenceRun
  await settle(page)
  await page.evaluate(() => {
    const showing = () =>
      [...document.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Showing'))
        ?.textContent ?? ''
    const input = document.getElementById('evidence-filter')!
    const before = showing()
    ;(window as unknown as { __pending: Promise<number> }).__pending = window.__bench.afterInput(
      input,
      () => showing() !== before,
    )
  })
  await page.getByLabel('Filter studies').press('7')
  return page.evaluate(() => (window as unknown as { __pending: Promise<number> }).__pending)
}
