import { expect, test, type Page } from '@playwright/test'
import { demoUsers, resetMock, signIn } from './support.ts'

/** An open case in the signed-in director's queue. */
async function openCaseId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const token = sessionStorage.getItem('crd.session-token')
    const res = await fetch('/api/cases?limit=1&status=pending-md-review&assignedToMe=true', {
      headers: { Authorization: `Bearer ${token}` },
    })
    return ((await res.json()) as { items: { id: string }[] }).items[0]!.id
  })
}

test.describe('on a wide screen (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 800 } })
  test('the decision sits beside the case, in view without scrolling, and stays there', async ({
    page,
  }) => {
    await resetMock(page)
    await signIn(page, demoUsers.director)
    await page.goto(`/cases/${await openCaseId(page)}`)
    const decision = page.getByRole('region', { name: 'Decision' })
    await expect(decision.getByRole('radio', { name: 'Deny', exact: true })).toBeInViewport()
    await expect(page.getByRole('link', { name: 'Go to decision' })).toBeHidden()
    const evidence = page.getByRole('region', { name: 'MTAC evidence conclusions' })
    const [d, e] = [await decision.boundingBox(), await evidence.boundingBox()]
    expect(d!.x).toBeGreaterThan(e!.x + e!.width)
    // Reading down the evidence, the decision column stays in view.
    await evidence.scrollIntoViewIfNeeded()
    await expect(decision.getByRole('heading', { name: 'Decision', level: 2 })).toBeInViewport()
  })
})

test.describe('on a narrow screen (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } })
  test('"Go to decision" near the top leads to the decision', async ({ page }) => {
    await resetMock(page)
    await signIn(page, demoUsers.director)
    await page.goto(`/cases/${await openCaseId(page)}`)
    const decision = page.getByRole('region', { name: 'Decision' })
    await expect(decision.getByRole('heading', { name: 'Decision', level: 2 })).not.toBeInViewport()
    await page.getByRole('link', { name: 'Go to decision' }).click()
    await expect(page.locator('#case-decision')).toBeFocused()
    await expect(page.getByRole('region', { name: /^Case status/ })).toBeInViewport()
  })
})
