import { expect, test } from '@playwright/test'
import { seedDb } from '../../service/seed.ts'
import { demoUsers } from './support.ts'

// The mock service's IndexedDB went from one object store (version 1: every record under
// a `table/id` key) to object stores per table with worklist indexes (version 2). A
// browser that kept version 1 data must find its cases, trails and session after the
// upgrade, not a new seed (mocks/browser-store-idb.ts moves them over).

test('data kept by the version 1 mock store is all there after the upgrade', async ({ page }) => {
  const db = seedDb()
  const kept = Object.values(db.cases).slice(0, 3)
  const token = 'upgrade-test-token'
  const records: [string, unknown][] = [
    [
      'meta',
      { referenceSequence: db.referenceSequence, faults: [], latencyMs: 0, syntheticPolicies: [] },
    ],
    [`sessions/${token}`, { userId: 'u-md-1', createdAt: new Date().toISOString() }],
    ...kept.map((c): [string, unknown] => [`cases/${c.id}`, c]),
    ...kept.map((c): [string, unknown] => [`audit/${c.id}`, db.audit[c.id] ?? []]),
  ]
  // Before any app code, once: a version 1 database, as the old mock left it.
  await page.addInitScript(
    ({ records, token }) => {
      sessionStorage.setItem('crd.session-token', token)
      if (localStorage.getItem('upgrade-test.v1')) return
      localStorage.setItem('upgrade-test.v1', 'made')
      const req = indexedDB.open('criteria-review-mock-service', 1)
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('records')
        for (const [key, value] of records) store.put(value, key)
      }
      req.onsuccess = () => req.result.close()
    },
    { records, token },
  )
  await page.goto('/?view=all')
  await expect(page.getByLabel('Signed in user')).toContainText(demoUsers.director)
  for (const c of kept) await expect(page.getByRole('link', { name: c.reference })).toBeVisible()
  await expect(page.getByRole('table').getByRole('link', { name: /^UM-/ })).toHaveCount(kept.length)

  await page.getByRole('link', { name: kept[0]!.reference }).click()
  await expect(page.getByRole('main')).toContainText(kept[0]!.reference)
  await expect(page.getByRole('main')).toContainText(kept[0]!.input.serviceCode)
})

// Earlier versions ran the mock through a service worker at /mockServiceWorker.js; the
// mock now answers in the page, and a browser that kept the old worker drops it.
test('a mock service worker left by an earlier version is unregistered', async ({
  page,
  context,
}) => {
  // The old build, for one load: its worker script, and no CSP forbidding workers.
  await context.route('**/mockServiceWorker.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'self.onfetch = null' }),
  )
  await page.route('**/sign-in', async (route) => {
    const res = await route.fetch()
    const headers = { ...res.headers() }
    delete headers['content-security-policy']
    await route.fulfill({ response: res, headers })
  })
  await page.goto('/sign-in')
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/mockServiceWorker.js')
    await navigator.serviceWorker.ready
  })
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
  ).toBe(1)

  await page.unrouteAll()
  await context.unrouteAll()
  await page.reload()
  await expect(page.getByRole('radio', { name: new RegExp(demoUsers.reviewer) })).toBeVisible()
  await page.keyboard.press('Shift') // the mock starts on the first use of the page
  await expect(page.locator('html[data-mock-service="ready"]')).toBeAttached()
  await expect
    .poll(() =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    )
    .toBe(0)
})
