import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export const demoUsers = {
  reviewer: 'Jordan Rivers',
  reviewer2: 'Casey Morgan',
  director: 'Dr. Avery Lindqvist',
  director2: 'Dr. Rowan Okafor',
} as const

/**
 * A new visitor's mock service starts on the first request or the first use of the page
 * (a key, say), not with the sign-in screen: a key press starts it, then this waits
 * until it answers its control endpoints.
 */
export async function waitForMockService(page: Page) {
  await page.keyboard.press('Shift')
  await page.locator('html[data-mock-service="ready"]').waitFor({ state: 'attached' })
}

/** Resets the mock service's database through its own control switch. */
export async function resetMock(page: Page) {
  await page.goto('/sign-in')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await waitForMockService(page)
  await page.evaluate(async () => {
    await fetch('/api/__mock/reset', { method: 'POST' })
    await fetch('/api/__mock/faults', { method: 'DELETE' })
    await fetch('/api/__mock/latency', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ms: 0 }),
    })
  })
}

/**
 * The seed again and no fault on, without leaving the page or signing out (sessions outlive
 * a reset): a test's next part starts where a new test would, without a new sign-in.
 */
export async function freshData(page: Page) {
  const statuses = await page.evaluate(async () => [
    (await fetch('/api/__mock/reset', { method: 'POST' })).status,
    (await fetch('/api/__mock/faults', { method: 'DELETE' })).status,
  ])
  expect(statuses).toEqual([204, 204])
}

export async function signIn(page: Page, name: string) {
  if (!page.url().endsWith('/sign-in')) await page.goto('/sign-in')
  await page.getByRole('radio', { name: new RegExp(name) }).check()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByLabel('Signed in user')).toContainText(name)
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
}

/**
 * axe-core's minified build, put in a page only when the page has none yet. AxeBuilder's
 * default is the unminified build (1.3 MB), put in twice per scan in legacy mode; the same
 * rules of the same version, parsed and run once per page, cost a third less per scan.
 */
const axeSource = `if (typeof window.axe === 'undefined') {
${readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')}
}`

/**
 * axe with the WCAG 2.1 A and AA rules: zero violations, listed by rule when not.
 * Legacy mode runs axe.run in the page, which scans same-origin frames too: the default
 * runs axe per frame and then again in a new blank page to merge the frames' results (for
 * cross-origin frames, which the app has none of), and that doubled a scan's time. (axe's
 * resultTypes option, said to save time too, changes what landmark-unique finds: not used.)
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page, axeSource })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .setLegacyMode()
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(summary).toEqual([])
}

/** Who the service put the case with, read as the signed-in user would. */
export async function assigneeOf(page: Page, caseId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const token = sessionStorage.getItem('crd.session-token')
    const res = await fetch(`/api/cases/${id}`, { headers: { Authorization: `Bearer ${token}` } })
    return ((await res.json()) as { assignedTo: { name: string } }).assignedTo.name
  }, caseId)
}

/** A case id from the seeded database, read through the API as the signed-in user. */
export async function firstCaseId(page: Page, filter = ''): Promise<string> {
  return page.evaluate(async (filter) => {
    const token = sessionStorage.getItem('crd.session-token')
    const res = await fetch(`/api/cases?limit=1${filter}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    const body = (await res.json()) as { items: { id: string }[] }
    return body.items[0]!.id
  }, filter)
}

/** An open case in the signed-in director's own queue. */
export const myOpenCaseId = (page: Page) =>
  firstCaseId(page, '&status=pending-md-review&assignedToMe=true')

/** What has focus, in a few words: a control's id, label and own text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    // Only a control's own words count: the body's text holds every word on the page.
    if (!el || el === document.body || el.tagName === 'MAIN' || el.tagName === 'DIALOG') return ''
    const label = el.getAttribute('aria-label') ?? ''
    const text = el.tagName === 'TEXTAREA' ? '' : (el.textContent ?? '').trim()
    return `${el.id} ${label} ${text}`.replace(/\s+/g, ' ').trim()
  })
}

/** Presses Tab until the focused element's id or words match; returns how many presses. */
export async function tabTo(page: Page, target: RegExp, max = 120): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab')
    if (target.test(await focusedName(page))) return presses
  }
  throw new Error(`No focusable element matching ${target} within ${max} Tab presses`)
}

/** Types a YYYY-MM-DD date into its month, day and year boxes, found by the date's legend. */
export async function fillDate(page: Page, legend: string, iso: string) {
  const [year = '', month = '', day = ''] = iso.split('-')
  const date = page.getByRole('group', { name: legend })
  await date.getByLabel('Month').fill(month)
  await date.getByLabel('Day').fill(day)
  await date.getByLabel('Year').fill(year)
}

/** The fields of a Medicare Advantage request for M0076, typed as a person would. */
export async function fillMedicareCase(page: Page, memberId: string) {
  await page.getByLabel('Member ID').fill(memberId)
  await fillDate(page, 'Date of birth', '1950-03-02')
  await page.getByRole('radio', { name: /^Medicare Advantage/ }).check()
  await page.getByRole('radio', { name: /^Kaiser Foundation Health Plan of Washington$/ }).check()
  await page.getByRole('combobox', { name: 'Service code' }).fill('M0076')
  await page.getByLabel('Diagnosis code 1').fill('M54.50')
  await fillDate(page, 'Date of service', '2026-12-14')
  await page.getByRole('radio', { name: 'Standard' }).check()
  await page.getByRole('radio', { name: /^Electronic/ }).check()
}
