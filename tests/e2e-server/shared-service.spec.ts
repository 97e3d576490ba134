import { expect, test, type Page } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, fillMedicareCase } from '../e2e/support.ts'

/** The demo accounts of the service's embedded identity provider, by name. */
const accounts: Record<string, string> = {
  [demoUsers.reviewer]: 'u-rev-1',
  [demoUsers.reviewer2]: 'u-rev-2',
  [demoUsers.director]: 'u-md-1',
  [demoUsers.director2]: 'u-md-2',
}

/** Signs in as a person would: the app's sign-in page, the identity provider's form. */
async function signIn(page: Page, name: string, check = false) {
  await page.goto('/sign-in')
  await page.getByRole('link', { name: 'Sign in with your organization account' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  if (check) await expectNoAxeViolations(page)
  const username = accounts[name]!
  await page.getByLabel('User name').fill(username)
  await page.getByLabel('Password').fill(`demo-${username}`)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByLabel('Signed in user')).toContainText(name)
  // The session is a cookie no script reads, and nothing is kept in the tab's storage.
  expect(await page.evaluate(() => [document.cookie, sessionStorage.length])).toEqual(['', 0])
}

// Two people on two machines, one service: each browser context is its own person with
// its own storage, so only the server's database carries the case between them.
async function enterCase(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New case' })
    .click()
  await fillMedicareCase(page, 'SV24681357')
  await page.getByRole('button', { name: 'Submit case' }).click()
  await expect(page).toHaveURL(/\/cases\/(?!new)[^/?]+$/)
}

/** Who the service put the new case with: read as the signed-in reviewer would. */
async function assigneeOf(page: Page, caseId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const res = await fetch(`/api/cases/${id}`)
    return ((await res.json()) as { assignedTo: { name: string } }).assignedTo.name
  }, caseId)
}

test('a reviewer enters a case in one browser; a director denies it in another; the reviewer sees it after a reload', async ({
  browser,
}) => {
  const reviewerContext = await browser.newContext()
  const directorContext = await browser.newContext()
  const reviewer = await reviewerContext.newPage()
  const director = await directorContext.newPage()

  await signIn(reviewer, demoUsers.reviewer, true)
  await enterCase(reviewer)
  const casePath = new URL(reviewer.url()).pathname
  const reviewerPanel = reviewer.getByRole('region', { name: 'Decision' })
  await expect(
    reviewerPanel.getByText('This case awaits a decision by a medical director.'),
  ).toBeVisible()
  // The mock's switch is not there: a real service answers 404.
  expect((await reviewer.request.post('/api/__mock/reset')).status()).toBe(404)

  // The director the service assigned it to finds it in My queue (their default view).
  await signIn(director, await assigneeOf(reviewer, casePath.split('/').at(-1)!))
  const row = director.getByRole('row').filter({ hasText: '••••••1357' })
  await expect(row).toBeVisible()
  await row.getByRole('link', { name: /^UM-\d{4}-\d{6}$/ }).click()
  await expect(director).toHaveURL(casePath)
  const panel = director.getByRole('region', { name: 'Decision' })
  await panel.getByRole('radio', { name: 'Deny', exact: true }).check()
  await panel
    .getByLabel('Reason specific to the member')
    .fill('Medicare does not cover this injection for any condition, including your back pain.')
  await panel.getByLabel('Rationale').fill('NCD 150.7 excludes prolotherapy from coverage.')
  await panel
    .getByRole('group', { name: /Peer-to-peer conversation offered/ })
    .getByRole('radio', { name: 'Yes' })
    .check()
  await panel.getByRole('button', { name: 'Continue to confirm' }).click()
  await director
    .getByRole('dialog', { name: 'Deny this case?' })
    .getByRole('button', { name: 'Confirm denial' })
    .click()
  await expect(panel.getByText(/Decision recorded/)).toBeVisible()

  // The reviewer's browser learns of it from the service after a reload.
  await reviewer.reload()
  await expect(
    reviewerPanel.getByText('This decision is final. The case is read-only.'),
  ).toBeVisible()
  const audit = reviewer.getByRole('region', { name: 'Audit trail' })
  await expect(audit.getByRole('listitem').first()).toContainText('Denied')

  await reviewerContext.close()
  await directorContext.close()
})

test('a wrong password is refused without saying whether the account exists; sign-out ends the session', async ({
  page,
}) => {
  await page.goto('/sign-in')
  await page.getByRole('link', { name: 'Sign in with your organization account' }).click()
  await page.getByLabel('User name').fill('u-md-1')
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toHaveText('The user name or the password is wrong.')
  await signIn(page, demoUsers.director)
  // A new tab of this browser is signed in by the cookie.
  const second = await page.context().newPage()
  await second.goto('/')
  await expect(second.getByLabel('Signed in user')).toContainText(demoUsers.director)
  await second.close()
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  // The service's session has ended; the identity provider asks before ending its own.
  await expect(
    page.getByRole('heading', { name: 'Sign out of the demo identity provider?' }),
  ).toBeVisible()
  expect((await page.request.get('/api/me')).status()).toBe(401)
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  expect((await page.request.get('/api/me')).status()).toBe(401)
})
