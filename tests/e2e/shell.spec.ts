import { expect, test } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, firstCaseId, resetMock, signIn } from './support.ts'

// Every route, titled and axe clean, in three groups: axe on nine full screens is more
// work than one test's minute on a two-core machine, and each group signs in on its own.
// The evidence viewer's axe run is the longest, so its group has one other route.
const routeGroups: { name: string; routes: (caseId: string) => [string, RegExp][] }[] = [
  {
    name: 'the worklist, case entry and a case',
    routes: (caseId) => [
      ['/', /Worklist/],
      ['/cases/new', /New case/],
      [`/cases/${caseId}`, /Case/],
    ],
  },
  {
    name: 'the print view, the policies and a lost address',
    routes: (caseId) => [
      [`/cases/${caseId}/print`, /Decision summary/],
      ['/policies', /Policies/],
      ['/policies/prolotherapy-sclerotherapy', /Prolotherapy\/Sclerotherapy/],
      ['/no/such/page', /Page not found/],
    ],
  },
  {
    name: 'the evidence and the rules',
    routes: () => [
      ['/policies/prolotherapy-sclerotherapy/evidence', /Evidence/],
      ['/compliance', /Compliance: rules behind letters and clocks/],
    ],
  },
]

for (const group of routeGroups) {
  test(`signs in through the mock service; ${group.name}: titled and axe clean`, async ({
    page,
  }) => {
    await resetMock(page)
    // The sign-in screen is the same in each group: axe it once (new-visitor.spec.ts
    // checks it too, before the mock service starts).
    if (group === routeGroups[0]) await expectNoAxeViolations(page)
    await signIn(page, demoUsers.director)
    const caseId = await firstCaseId(page)
    for (const [path, title] of group.routes(caseId)) {
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
}

test('a signed-out visitor is sent to sign in and back after', async ({ page }) => {
  await resetMock(page)
  await page.goto('/policies')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await signIn(page, demoUsers.reviewer)
  await expect(page).toHaveURL(/\/policies$/)
})
