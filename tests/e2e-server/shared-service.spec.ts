import { expect, test, type Page } from '@playwright/test'
import { demoUsers, fillMedicareCase, signIn } from '../e2e/support.ts'

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
    const token = sessionStorage.getItem('crd.session-token')
    const res = await fetch(`/api/cases/${id}`, { headers: { Authorization: `Bearer ${token}` } })
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

  await signIn(reviewer, demoUsers.reviewer)
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
