import { expect, test } from '@playwright/test'
import { seedDb } from '../../mocks/seed.ts'
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
