import { expect, test, type Page } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, resetMock, signIn } from './support.ts'

async function fillMedicareCase(page: Page) {
  await page.getByLabel('Member ID').fill('AB12345678')
  await page.getByLabel('Date of birth').fill('1952-05-17')
  await page.getByRole('radio', { name: /^Medicare Advantage/ }).check()
  await page.getByRole('radio', { name: /^Kaiser Foundation Health Plan of Washington$/ }).check()
  // The look-up, as a person would use it: type a name, pick with the keyboard.
  const code = page.getByRole('combobox', { name: 'Service code' })
  await code.fill('prolo')
  await expect(page.getByRole('option', { name: /M0076/ })).toBeVisible()
  await code.press('ArrowDown')
  await code.press('Enter')
  await expect(code).toHaveValue('M0076')
  await page.getByLabel('Diagnosis code 1').fill('m5450')
  await page.getByLabel('Diagnosis code 1').press('Tab')
  await expect(page.getByLabel('Diagnosis code 1')).toHaveValue('M54.50')
  await page.getByLabel('Date of service').fill('2026-12-14')
  await page.getByRole('radio', { name: 'Standard' }).check()
  await page.getByRole('radio', { name: /^Electronic/ }).check()
}

test('a new reviewer enters a case and sees the determination beside the evidence', async ({
  page,
}) => {
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New case' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible()

  // An empty submit: the error summary takes focus and the title says "Error: ".
  await page.getByRole('button', { name: 'Submit case' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeFocused()
  await expect(page).toHaveTitle(/^Error: New case/)
  await expectNoAxeViolations(page)

  await fillMedicareCase(page)
  await expect(page.getByText(/Draft saved/)).toBeVisible()
  await expect(page).toHaveURL(/\/cases\/new\?draft=[0-9a-f-]{36}$/)
  await page.getByRole('button', { name: 'Submit case' }).click()

  await expect(page).toHaveURL(/\/cases\/(?!new)[^/?]+$/)
  const determination = page.getByRole('region', { name: 'Determination' })
  await expect(determination.getByText('Not covered (Medicare)')).toBeVisible()
  await expect(determination.getByRole('figure')).toContainText(
    'This service is not covered per Medicare criteria.',
  )
  const evidence = page.getByRole('region', { name: 'MTAC evidence conclusions' })
  await expect(evidence.getByRole('heading', { name: '06/09/1999: MTAC REVIEW' })).toBeVisible()

  // Side by side on a wide screen (room for the decision column too): the evidence column
  // starts level with, and right of, the determination.
  await page.setViewportSize({ width: 1680, height: 900 })
  const [d, e] = [await determination.boundingBox(), await evidence.boundingBox()]
  expect(d && e && e.x > d.x + d.width - 1 && Math.abs(e.y - d.y) < 2).toBe(true)
  await page.setViewportSize({ width: 1280, height: 720 })
  await expectNoAxeViolations(page)

  await page.reload()
  await expect(determination.getByText('Not covered (Medicare)')).toBeVisible()
  await expect(page.getByText('••••••5678')).toBeVisible()
  await expect(evidence.getByRole('heading', { name: '04/10/2002: MTAC REVIEW' })).toBeVisible()

  // Stacked on a narrow screen.
  await page.setViewportSize({ width: 600, height: 900 })
  const [d2, e2] = [await determination.boundingBox(), await evidence.boundingBox()]
  expect(d2 && e2 && e2.y >= d2.y + d2.height - 1).toBe(true)

  // An article's "Evidence Table" link opens the viewer at that study's row.
  await evidence.getByRole('link', { name: 'Evidence Table: Dechow 1999' }).click()
  await expect(page).toHaveURL(
    /\/policies\/prolotherapy-sclerotherapy\/evidence\?study=dechow-1999/,
  )
  const row = page.getByRole('row', { name: /Dechow E, Davies RK/ })
  await expect(row).toHaveAttribute('aria-current', 'true')
  await expect(row).toBeInViewport()
  await page.goBack()
  await expect(determination.getByText('Not covered (Medicare)')).toBeVisible()
})

test('a draft resumes after a reload', async ({ page }) => {
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await page.goto('/cases/new')
  await page.getByLabel('Member ID').fill('QQ11223344')
  await expect(page.getByText(/Draft saved/)).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Member ID')).toHaveValue('QQ11223344')
  await expect(page.getByRole('link', { name: /Member ••••••3344/ })).toBeVisible()
})

test('a message shown on leaving a field does not swallow the click that left it', async ({
  page,
}) => {
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await page.goto('/cases/new')
  await page.getByLabel('Member ID').fill('AB1')
  // The message above pushes the radios down; the press must still pick the radio.
  await page.getByRole('radio', { name: /^Commercial \(group\)/ }).check()
  await expect(page.getByText('Member ID must be 6 to 20 letters and digits')).toBeVisible()
  await expect(page.getByRole('group', { name: 'Group funding' })).toBeVisible()
})
