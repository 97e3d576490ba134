import { expect, test } from '@playwright/test'
import {
  assigneeOf,
  demoUsers,
  expectNoAxeViolations,
  fillMedicareCase,
  resetMock,
  signIn,
  signOut,
} from './support.ts'

test('deny, appeal, a second director upholds: the Medicare Advantage case goes to independent review', async ({
  page,
}) => {
  // Three people in turn, each signing in, with axe on three screens: a long walk.
  test.slow()
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New case' })
    .click()
  await fillMedicareCase(page, 'AP12345678')
  await page.getByRole('button', { name: 'Submit case' }).click()
  await expect(page).toHaveURL(/\/cases\/(?!new)[^/?]+$/)
  const caseUrl = new URL(page.url()).pathname
  const caseId = caseUrl.split('/').at(-1)!
  const denier = await assigneeOf(page, caseId)
  const second = denier === demoUsers.director ? demoUsers.director2 : demoUsers.director
  await signOut(page)

  // The first director denies.
  await signIn(page, denier)
  await page.goto(caseUrl)
  const decision = page.getByRole('region', { name: 'Decision' })
  await decision.getByRole('radio', { name: 'Deny', exact: true }).check()
  await decision
    .getByLabel('Reason specific to the member')
    .fill('Medicare does not cover this injection.')
  await decision
    .getByRole('group', { name: /Peer-to-peer conversation offered/ })
    .getByRole('radio', { name: 'No' })
    .check()
  await decision.getByLabel('Rationale').fill('NCD 150.7 excludes prolotherapy from coverage.')
  await decision.getByRole('button', { name: 'Continue to confirm' }).click()
  await page
    .getByRole('dialog', { name: 'Deny this case?' })
    .getByRole('button', { name: 'Confirm denial' })
    .click()
  await expect(decision.getByText(/Decision recorded/)).toBeVisible()
  // After every confirm, focus is on the result, not the page body (issue 31).
  await expect(decision.getByRole('status').filter({ hasText: 'Decision recorded' })).toBeFocused()

  // The member appeals; the denier logs it, and is then not offered the appeal decision.
  const appeal = page.getByRole('region', { name: 'Appeal' })
  await appeal.getByRole('button', { name: 'Record an appeal' }).click()
  await appeal.getByRole('radio', { name: 'The member', exact: true }).check()
  await appeal.getByRole('radio', { name: 'Standard', exact: true }).check()
  await appeal.getByRole('radio', { name: 'Mail', exact: true }).check()
  await appeal.getByLabel('Reason given').fill('My doctor says the injections helped before.')
  await expectNoAxeViolations(page)
  await appeal.getByRole('button', { name: 'Record the appeal' }).click()
  await expect(appeal.getByRole('status').filter({ hasText: 'Appeal recorded.' })).toBeFocused()
  await expect(
    appeal.getByText(/Medicare Advantage reconsideration, standard: 30 calendar days/),
  ).toBeVisible()
  await expect(
    appeal.getByText(/You made the denial, so a different medical director decides/),
  ).toBeVisible()
  await expect(appeal.getByRole('heading', { name: 'Decide the appeal' })).toHaveCount(0)
  await signOut(page)

  // The second director finds it in My queue with its own clock, and upholds.
  await signIn(page, second)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Worklist' })
    .click()
  await page.getByRole('link', { name: 'My queue' }).click()
  const row = page.getByRole('row').filter({ hasText: '••••••5678' })
  await expect(row).toContainText('Appeal in review')
  await expect(row).toContainText('Appeal due')
  await row.getByRole('link', { name: /^UM-\d{4}-\d{6}$/ }).click()
  await expect(page).toHaveURL(caseUrl)
  await appeal.getByRole('radio', { name: 'Uphold the denial' }).check()
  await appeal
    .getByLabel('Reason specific to the member')
    .fill('The letter does not change what Medicare covers.')
  await appeal
    .getByRole('group', { name: /Peer-to-peer conversation offered/ })
    .getByRole('radio', { name: 'No' })
    .check()
  await appeal.getByLabel('Rationale').fill('NCD 150.7 still excludes the service.')
  await appeal.getByRole('button', { name: 'Continue to confirm' }).click()
  const confirm = page.getByRole('dialog', { name: 'Uphold the denial?' })
  await expect(confirm).toContainText('forwarded to the independent review entity')
  await confirm.getByRole('button', { name: 'Confirm the denial is upheld' }).click()
  const result = appeal.getByRole('status').filter({ hasText: 'Appeal decision recorded' })
  await expect(result).toBeFocused()
  await expect(result).toContainText(
    'The denial is upheld and the case is forwarded to independent review.',
  )
  await expect(appeal.getByRole('heading', { name: 'Denial upheld on appeal' })).toBeVisible()
  await expect(appeal.getByText('Forwarded to independent review', { exact: true })).toBeVisible()
  const audit = page.getByRole('region', { name: 'Audit trail' })
  await expect(audit.getByRole('listitem').first()).toContainText('Forwarded to independent review')
  await expectNoAxeViolations(page)

  // The member's notice of the appeal decision says where the case went, and why.
  await appeal.getByRole('link', { name: 'Member appeal notice' }).click()
  const notice = page.getByRole('article')
  await expect(
    notice.getByRole('heading', { name: 'Your case has been sent to an independent reviewer' }),
  ).toBeVisible()
  await expect(notice).toContainText('The letter does not change what Medicare covers.')
  await expectNoAxeViolations(page)
  // It reads at 320 CSS px without scrolling the page sideways (WCAG 1.4.10), as the denial's do.
  await page.setViewportSize({ width: 320, height: 800 })
  await expect
    .poll(() =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    )
    .toBe(0)
  await page.setViewportSize({ width: 1280, height: 800 })

  // The metrics count it, and link back to it.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Metrics' })
    .click()
  const table = page.getByRole('table', { name: /Prior authorization figures/ })
  await expect(table.getByRole('row', { name: /^Standard requests denied/ })).toContainText(
    /\d+ standard requests? denied, of \d+ standard requests? decided in \d{4}/,
  )
  await expectNoAxeViolations(page)
})
