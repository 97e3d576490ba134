import { expect, test } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, firstCaseId, resetMock, signIn } from './support.ts'

test('signs in through the mock service and every route is titled and axe clean', async ({
  page,
}) => {
  await resetMock(page)
  await expectNoAxeViolations(page)
  await signIn(page, demoUsers.director)
  const caseId = await firstCaseId(page)
  const routes: [string, RegExp][] = [
    ['/', /Worklist/],
    ['/cases/new', /New case/],
    [`/cases/${caseId}`, /Case/],
    [`/cases/${caseId}/print`, /Decision summary/],
    ['/policies', /Policies/],
    ['/policies/prolotherapy-sclerotherapy', /Prolotherapy\/Sclerotherapy/],
    ['/policies/prolotherapy-sclerotherapy/evidence', /Evidence/],
    ['/compliance', /Compliance: rules behind letters and clocks/],
    ['/no/such/page', /Page not found/],
  ]
  for (const [path, title] of routes) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page).toHaveTitle(new RegExp(`${title.source}.* – Criteria Review Dashboard`))
    await expect(page.getByRole('main')).toBeVisible()
    await expect(page.getByLabel('Signed in user')).toContainText(demoUsers.director)
    // Let lazy data settle before checking.
    await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
    await expectNoAxeViolations(page)
  }
})

test('a signed-out visitor is sent to sign in and back after', async ({ page }) => {
  await resetMock(page)
  await page.goto('/policies')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await signIn(page, demoUsers.reviewer)
  await expect(page).toHaveURL(/\/policies$/)
})
