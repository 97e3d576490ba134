import { expect, test, type Page } from '@playwright/test'
import {
  assigneeOf,
  demoUsers,
  expectNoAxeViolations,
  fillMedicareCase,
  resetMock,
  signIn,
  signOut,
} from './support.ts'

/** The shortest path through case entry: a Medicare Advantage request for M0076. */
async function enterCase(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New case' })
    .click()
  await fillMedicareCase(page, 'ZX98765432')
  await page.getByRole('button', { name: 'Submit case' }).click()
  await expect(page).toHaveURL(/\/cases\/(?!new)[^/?]+$/)
}

test('a reviewer enters a case; its medical director finds it in My queue and denies it', async ({
  page,
}) => {
  // The whole working day in one test (entry, queue, denial, notice, idle sign-out), with
  // four axe runs: more than the default minute on a shared machine.
  test.slow()
  // A controllable clock from the start: it runs on as normal until the test moves it.
  await page.clock.install()
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await enterCase(page)
  const caseId = new URL(page.url()).pathname.split('/').at(-1)!
  const director = await assigneeOf(page, caseId)
  // A reviewer cannot deny this case: the panel says who decides.
  const panel = page.getByRole('region', { name: 'Decision' })
  await expect(panel.getByText('This case awaits a decision by a medical director.')).toBeVisible()
  await signOut(page)

  await signIn(page, director)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Worklist' })
    .click()
  await page.getByRole('link', { name: 'My queue' }).click()
  // My queue is a director's default view: its address carries no view.
  await expect(page).toHaveURL(/\/$/)
  const row = page.getByRole('row').filter({ hasText: '••••••5432' })
  await expect(row).toBeVisible()
  await expectNoAxeViolations(page)
  await row.getByRole('link', { name: /^UM-\d{4}-\d{6}$/ }).click()
  await expect(page).toHaveURL(`/cases/${caseId}`)

  await panel.getByRole('radio', { name: 'Deny', exact: true }).check()
  // The Medicare Advantage case's own criteria set: the NCD 150.7 row, in full.
  const ncd = panel.getByRole('radio', {
    name: 'National Coverage Determination (NCD) 150.7: Prolotherapy, Joint Sclerotherapy, and Ligamentous Injections with Sclerosing Agents',
  })
  await expect(ncd).toBeChecked()
  await panel
    .getByLabel('Reason specific to the member')
    .fill('Medicare does not cover this injection for any condition, including your back pain.')
  await panel.getByLabel('Rationale').fill('NCD 150.7 excludes prolotherapy from coverage.')
  await panel
    .getByRole('group', { name: /Peer-to-peer conversation offered/ })
    .getByRole('radio', { name: 'Yes' })
    .check()
  await panel.getByRole('button', { name: 'Continue to confirm' }).click()

  const dialog = page.getByRole('dialog', { name: 'Deny this case?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Deny this case?' })).toBeFocused()
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Confirm denial' }).click()

  await expect(panel.getByText(/Decision recorded/)).toBeVisible()
  await expect(panel.getByText('This decision is final. The case is read-only.')).toBeVisible()
  const audit = page.getByRole('region', { name: 'Audit trail' })
  await expect(audit.getByRole('listitem').first()).toContainText('Denied')
  await expect(audit.getByRole('listitem').first()).toContainText(director)
  await expect(audit.getByRole('listitem').last()).toContainText(demoUsers.reviewer)
  await expectNoAxeViolations(page)

  // The member notice, from the decision record: its facts, its rights, and axe-clean.
  await panel.getByRole('link', { name: 'Member notice' }).click()
  await expect(page).toHaveURL(`/cases/${caseId}/notices/member`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Member notice: denial of coverage' }),
  ).toBeVisible()
  const letter = page.getByRole('article')
  await expect(letter).toContainText(/UM-\d{4}-\d{6}/)
  await expect(letter).toContainText('National Coverage Determination (NCD) 150.7')
  await expect(letter).toContainText(/, (MD|DO), Medical director/)
  await expect(letter).toContainText('within 65 calendar days from the date of this notice')
  // No enrollment record for this member: the letter says so; the member's own ID, unmasked.
  await expect(letter).toContainText('no enrollment record was on file for this member')
  await expect(letter).toContainText(/Member ID\s*ZX98765432/)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Back to the case' }).click()
  await expect(page).toHaveURL(`/cases/${caseId}`)

  // Left alone: the idle warning, then sign-out to a page Back cannot leave for member data.
  await page.clock.fastForward('13:05')
  const idle = page.getByRole('dialog', { name: 'You will be signed out soon' })
  await expect(idle).toBeVisible()
  await expect(idle.getByRole('timer')).toHaveText(/^1:\d\d$/)
  await page.clock.fastForward('02:00')
  await page.clock.runFor(1_000)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await expect(page.getByText(/signed out after a period without activity/)).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('region', { name: 'Decision' })).toHaveCount(0)
})
