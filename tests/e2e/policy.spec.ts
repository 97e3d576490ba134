import { expect, test, type Page } from '@playwright/test'
import { syntheticPolicy } from '../support/synthetic-policy.ts'
import { demoUsers, expectNoAxeViolations, resetMock, signIn } from './support.ts'

const policyPath = '/policies/prolotherapy-sclerotherapy'

async function settle(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
}

test.beforeEach(async ({ page }) => {
  await resetMock(page)
  await signIn(page, demoUsers.director)
})

const panelAndContents = (page: Page) =>
  test.step('the policy panel, its contents and an "Evidence Table" link to the study’s row', async () => {
    await page.goto(policyPath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prolotherapy/Sclerotherapy')
    await expect(page.getByText('Review overdue')).toBeVisible()
    await settle(page)
    await expectNoAxeViolations(page)

    const contents = page.getByRole('navigation', { name: 'Contents' })
    await contents.getByRole('link', { name: 'Applicable Codes' }).click()
    await expect(page).toHaveURL(/#codes$/)
    const codes = page.getByRole('region', { name: 'Applicable Codes' })
    await expect(codes).toBeFocused()
    await expect(codes.getByRole('heading', { name: 'Applicable Codes' })).toBeInViewport()

    await page.getByRole('link', { name: 'Evidence Table: Klein 1993' }).click()
    await expect(page).toHaveURL(/\/evidence\?study=klein-1993$/)
    const row = page.getByRole('row', { name: /Klein/ })
    await expect(row).toHaveAttribute('aria-current', 'true')
    await expect(row).toBeFocused()
    await expect(row).toBeInViewport()
    await expect(row.getByText('Linked study')).toBeVisible()
    await settle(page)
    await expectNoAxeViolations(page)
  })

const printed = (page: Page) =>
  test.step('prints the document without navigation', async () => {
    await page.goto(policyPath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prolotherapy/Sclerotherapy')
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Print this policy' })).toBeHidden()
    await expect(page.getByText('Skip to main content')).toBeHidden()
    for (const name of ['Criteria', 'Background', 'Applicable Codes', 'Revision History'])
      await expect(page.getByRole('region', { name })).toBeVisible()
    await expect(page.getByRole('table', { name: 'For Medicare Members' })).toBeVisible()
    // Links print as their text: no underline, the colour of the text around them.
    const link = page.getByRole('link', { name: 'Evidence Table: Ongley 1987' })
    await expect(link).toHaveCSS('text-decoration-line', 'none')
    await expect(link).toHaveCSS(
      'color',
      await link.evaluate((a) => getComputedStyle(a.parentElement!).color),
    )
  })

const codeLookUp = (page: Page) =>
  test.step('the code look-up is where the source’s "Pre-authorization Code Check" link lands', async () => {
    await page.goto(policyPath)
    await page.getByRole('link', { name: 'Pre-authorization Code Check' }).click()
    await expect(page).toHaveURL(/\/policies#code-check$/)
    const lookup = page.getByRole('region', { name: 'Code look-up' })
    await expect(lookup).toBeFocused()
    await lookup.getByRole('searchbox', { name: 'Code or name' }).fill('M0076')
    await expect(lookup.getByRole('row', { name: /M0076 HCPCS Prolotherapy/ })).toBeVisible()
    await settle(page)
    await expectNoAxeViolations(page)
  })

// The three reads of the seed policy in one test, each a step from its own page load: a new
// browser context, the mock's start and a sign-in were most of each test's time (issue
// 32). Print last: it leaves the page in print media.
test('the seed policy: its panel and contents, the code look-up, print', async ({ page }) => {
  await panelAndContents(page)
  await codeLookUp(page)
  await printed(page)
})

test('2,000 synthetic studies: virtualized, a deep link lands, the filter keeps up', async ({
  page,
}) => {
  const big = syntheticPolicy({ id: 'syn-e2e', studies: 2000, seed: 3 })
  const status = await page.evaluate(async (body) => {
    const res = await fetch('/api/__mock/policies', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    })
    return res.status
  }, JSON.stringify(big))
  expect(status).toBe(201)

  await page.goto(`/policies/${big.id}/evidence?study=syn-e2e-study-1500`)
  const table = page.getByRole('table', { name: 'Studies' })
  await expect(table).toHaveAttribute('aria-rowcount', '2001')
  const row = page.locator('#study-row-syn-e2e-study-1500')
  await expect(row).toHaveAttribute('aria-current', 'true')
  await expect(row).toBeFocused()
  await expect(row).toBeInViewport()
  expect(await table.locator('tbody tr').count()).toBeLessThan(60)

  // Real keystrokes, as a person types: each one filters 2,000 rows and the page keeps
  // answering. (Timings belong to `npm run bench`, not to assertions here.)
  const filter = page.getByRole('searchbox', { name: 'Filter studies' })
  // Study 1500's authors are "Synthetic S1500, et al" (tests/support/synthetic-policy.ts).
  await filter.pressSequentially('s1500')
  await expect(filter).toHaveValue('s1500')
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toContainText(
    'Showing 1 of 2,000',
  )
  await filter.press('Backspace')
  await filter.fill('')
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toContainText(
    'of 2,000 studies',
  )
})
