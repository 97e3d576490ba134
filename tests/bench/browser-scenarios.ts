import { chromium, type Browser, type Page } from '@playwright/test'
import { syntheticPolicy } from '../support/synthetic-policy.ts'
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts'
import { checkSeedAnswer } from './checks.ts'
import { fillDate } from '../e2e/support.ts'
import { pageTimingScript } from './page-timing.ts'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  })
}

export const benchPolicyId = (studies: number) => `synthetic-bench-${studies}`

/** A signed-in tab on the mock build: the mock service is ready and seeded. */
export async function openSignedIn(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1400, height: 900 },
  })
  const page = await context.newPage()
  await page.addInitScript(pageTimingScript)
  await page.goto('/sign-in')
  await page.getByRole('radio').first().waitFor()
  // A new visitor's mock service starts on first use of the page (a key, here); its
  // control endpoints need it.
  await page.keyboard.press('Shift')
  await page.locator('html[data-mock-service="ready"]').waitFor({ state: 'attached' })
  const token = await page.evaluate(async () => {
    const post = (path: string, body: unknown) =>
      fetch(`/api/__mock${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    await post('/reset', {})
    await post('/latency', { ms: 0 })
    const res = await fetch('/api/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: 'u-md-1' }),
    })
    return ((await res.json()) as { token: string }).token
  })
  await page.addInitScript((t) => sessionStorage.setItem('crd.session-token', t), token)
  return page
}

export async function formReady(page: Page): Promise<number> {
  await page.goto('/cases/new', { waitUntil: 'commit' })
  return page.evaluate(() =>
    window.__bench.until(() =>
      [...document.querySelectorAll('button[type=submit]')].some((b) =>
        b.textContent?.includes('Submit case'),
      ),
    ),
  )
}

export async function submitToDetermination(page: Page): Promise<number> {
  await formReady(page)
  await page.getByLabel('Member ID').fill('BENCH12345')
  await fillDate(page, 'Date of birth', '1950-01-02')
  await page.getByRole('radio', { name: /^Medicare Advantage/ }).check()
  await page.getByRole('radio', { name: /^Kaiser Foundation Health Plan of Washington$/ }).check()
  await page.getByRole('combobox', { name: 'Service code' }).fill('M0076')
  await page.getByRole('combobox', { name: 'Service code' }).press('Escape')
  await page.getByLabel('Diagnosis code 1').fill('M54.50')
  await fillDate(page, 'Date of service', '2026-12-14')
  await page.getByRole('radio', { name: 'Standard' }).check()
  await page.getByRole('radio', { name: /^Electronic/ }).check()
  return page.evaluate(async () => {
    const button = [...document.querySelectorAll('button[type=submit]')].find((b) =>
      b.textContent?.includes('Submit case'),
    ) as HTMLButtonElement
    const t0 = performance.now()
    button.click()
    const t1 = await window.__bench.until(
      () =>
        /^\/cases\/(?!new)/.test(location.pathname) &&
        !!document.body.textContent?.includes('Not covered (Medicare)'),
    )
    return t1 - t0
  })
}

/** Seeds the worklist up to `total` cases; throws when the seed fails. Returns its ms. */
export async function seedWorklist(page: Page, total: number, current = 20): Promise<number> {
  const t0 = Date.now()
  const answer = await page.evaluate(async (count) => {
    const res = await fetch('/api/__mock/seed-cases', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ count }),
    })
    return { status: res.status, body: (await res.json().catch(() => null)) as unknown }
  }, total - current)
  checkSeedAnswer(answer, total)
  return Date.now() - t0
}

/**
 * A person reads the screen before using it: interactions are timed once the page has
 * settled (an idle period after the first render), not in the same frame it appeared.
 */
export async function settle(page: Page) {
  await page.waitForTimeout(250)
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })),
  )
}

const captionText = () => document.querySelector('table caption')?.textContent ?? ''

/** "All cases": every seeded case is listed (My queue holds only the reviewer's own). */
export async function worklistRun(page: Page): Promise<{ firstRender: number; filter: number }> {
  await page.goto('/?view=all', { waitUntil: 'commit' })
  const firstRender = await page.evaluate(() =>
    window.__bench.until(() => !!document.querySelector('table tbody tr')),
  )
  await settle(page)
  const filter = await page.evaluate(async (captionFn) => {
    const caption = new Function(`return (${captionFn})()`) as () => string
    // The one Status select (src/features/cases/worklist/status-filter.tsx), as a choice fires it.
    const status = document.getElementById('worklist-status') as HTMLSelectElement
    const before = caption()
    const t0 = performance.now()
    status.value = 'pending-md-review'
    status.dispatchEvent(new Event('change', { bubbles: true }))
    const t1 = await window.__bench.until(() => caption() !== before && caption() !== '')
    return t1 - t0
  }, captionText.toString())
  return { firstRender, filter }
}

export async function addBenchPolicy(page: Page, studies: number) {
  const policy = syntheticPolicy({ id: benchPolicyId(studies), studies })
  await page.evaluate(async (body) => {
    const res = await fetch('/api/__mock/policies', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`adding the synthetic policy failed: ${res.status}`)
  }, policy)
}

/** The evidence the viewer was given for the bench policy: the floor's JSON. */
export function evidenceJson(page: Page, studies: number): Promise<unknown> {
  return page.evaluate(async (id) => {
    const token = sessionStorage.getItem('crd.session-token')
    const res = await fetch(`/api/policies/${id}/evidence`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    return (await res.json()) as unknown
  }, benchPolicyId(studies))
}

const showingText = () =>
  [...document.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Showing'))
    ?.textContent ?? ''

export async function evidenceRun(
  page: Page,
  studies: number,
): Promise<{ sort: number; keystroke: number; drawn: number }> {
  await page.goto(`/policies/${benchPolicyId(studies)}/evidence`, { waitUntil: 'commit' })
  await page.evaluate(() => window.__bench.until(() => !!document.querySelector('table tbody tr')))
  await settle(page)
  const sort = await page.evaluate(async () => {
    const firstRow = () =>
      document.querySelector('table tbody tr:not([aria-hidden])')?.textContent ?? ''
    const button = [...document.querySelectorAll('th button')].find((b) =>
      b.textContent?.startsWith('Year'),
    ) as HTMLButtonElement
    const before = firstRow()
    const t0 = performance.now()
    button.click()
    button.click() // newest first: the first row must change
    const t1 = await window.__bench.until(() => firstRow() !== before)
    return t1 - t0
  })
  // As a person types: with the filter box in view first (at 2,000 studies it sits below
  // 40 reviews' conclusions, and a keystroke into a box out of view is a scroll of the
  // whole page first), then from a settled page.
  await page.getByLabel('Filter studies').scrollIntoViewIfNeeded()
  await settle(page)
  await page.evaluate((fn) => {
    const showing = new Function(`return (${fn})()`) as () => string
    const input = document.getElementById('evidence-filter')!
    const before = showing()
    ;(window as unknown as { __pending: Promise<number> }).__pending = window.__bench.afterInput(
      input,
      () => showing() !== before,
    )
  }, showingText.toString())
  await page.getByLabel('Filter studies').press('7')
  const keystroke = await page.evaluate(
    () => (window as unknown as { __pending: Promise<number> }).__pending,
  )
  // How many study rows the table drew: the floor draws as many.
  const drawn = await page.evaluate(() => document.querySelectorAll('tr.evidence-row').length)
  return { sort, keystroke, drawn }
}

const metricsRowCount = () => document.querySelectorAll('.metrics-table tbody tr').length

/**
 * /metrics over the seeded cases: the service's answer (GET /metrics, computed in the
 * page's mock service), the first render of the figures, and a change of line of
 * business to new figures on screen.
 */
export async function metricsRun(
  page: Page,
): Promise<{ answer: number; firstRender: number; change: number }> {
  const answer = await page.evaluate(async () => {
    const token = sessionStorage.getItem('crd.session-token')
    const t0 = performance.now()
    const res = await fetch('/api/metrics', { headers: { Authorization: `Bearer ${token}` } })
    await res.json()
    return performance.now() - t0
  })
  await page.goto('/metrics', { waitUntil: 'commit' })
  const firstRender = await page.evaluate(
    (fn) => window.__bench.until(new Function(`return (${fn})() > 0`) as () => boolean),
    metricsRowCount.toString(),
  )
  await settle(page)
  const change = await page.evaluate(async () => {
    const select = document.getElementById('metrics-lob') as HTMLSelectElement
    const caption = () => document.querySelector('.metrics-table')?.textContent ?? ''
    const before = caption()
    const t0 = performance.now()
    select.value = 'medicare-advantage'
    select.dispatchEvent(new Event('change', { bubbles: true }))
    const t1 = await window.__bench.until(() => caption() !== before)
    return t1 - t0
  })
  return { answer, firstRender, change }
}

/** What the app's "All cases" view asks for first, and after the status filter: the floor's JSON. */
export async function worklistJson(page: Page): Promise<{ all: unknown; filtered: unknown }> {
  return page.evaluate(async () => {
    const token = sessionStorage.getItem('crd.session-token')
    const get = (q: string) =>
      fetch(`/api/cases?${q}`, { headers: { Authorization: `Bearer ${token}` } }).then(
        (r) => r.json() as Promise<unknown>,
      )
    return {
      all: await get('sort=dueAt&limit=50'),
      filtered: await get('status=pending-md-review&sort=dueAt&limit=50'),
    }
  })
}

/**
 * A case page, signed in, loaded afresh: its largest contentful paint and the long
 * tasks (over 50 ms) a PerformanceObserver in the page saw until it settled.
 */
export async function casePageRun(
  page: Page,
): Promise<{ lcp: number; longTasks: number; blocking: number }> {
  const id = await page.evaluate(async () => {
    const token = sessionStorage.getItem('crd.session-token')
    const res = await fetch('/api/cases?sort=dueAt&limit=1', {
      headers: { Authorization: `Bearer ${token}` },
    })
    return ((await res.json()) as { items: { id: string }[] }).items[0]!.id
  })
  await page.goto(`/cases/${id}`, { waitUntil: 'commit' })
  await page.evaluate(() => window.__bench.until(() => !!document.querySelector('main h1')))
  await settle(page)
  return page.evaluate(() => window.__bench.vitals())
}
