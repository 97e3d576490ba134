import { expect, test } from '@playwright/test'
import { demoUsers, resetMock, signIn } from './support.ts'

/**
 * The README's pictures of the case page, taken from the built app: an open case as
 * its medical director sees it, at 1280 px (decision column beside the case) and at
 * 390 px (one column, "Go to decision" near the top). Run on purpose only:
 * `SCREENSHOTS=1 npx playwright test tests/e2e/readme-screenshots.spec.ts`.
 */
test.skip(!process.env.SCREENSHOTS, 'Set SCREENSHOTS=1 to refresh docs/screenshots/')

for (const [width, height] of [
  [1280, 900],
  [390, 844],
] as const) {
  test(`case page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await resetMock(page)
    await signIn(page, demoUsers.director)
    const caseId = await page.evaluate(async () => {
      const token = sessionStorage.getItem('crd.session-token')
      const res = await fetch('/api/cases?limit=1&status=pending-md-review&assignedToMe=true', {
        headers: { Authorization: `Bearer ${token}` },
      })
      return ((await res.json()) as { items: { id: string }[] }).items[0]!.id
    })
    await page.goto(`/cases/${caseId}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case UM-/)
    await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
    const decision = page.getByRole('region', { name: 'Decision' })
    if (width >= 1200) await expect(decision).toBeInViewport()
    else await expect(page.getByRole('link', { name: 'Go to decision' })).toBeInViewport()
    await page.screenshot({ path: `docs/screenshots/case-page-${width}.png` })
  })
}
