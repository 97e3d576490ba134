import { expect, test } from '@playwright/test'
import { demoUsers, tabTo, resetMock, signIn } from './support.ts'

test('a second tab of the same browser shares the sign-in, and sign-out ends both', async ({
  context,
}) => {
  const first = await context.newPage()
  await resetMock(first)
  await signIn(first, demoUsers.director)
  const second = await context.newPage()
  await second.goto('/policies')
  await expect(second.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible()
  await expect(second.getByLabel('Signed in user')).toContainText(demoUsers.director)
  // The token went only to the new tab's sessionStorage.
  expect(await second.evaluate(() => localStorage.getItem('crd.session-token'))).toBeNull()
  await second.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(first.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
})

test('a date hint matches the field, and a half-typed date asks for a complete one', async ({
  page,
}) => {
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await page.goto('/cases/new')
  const dob = page.getByRole('group', { name: 'Date of birth' })
  await expect(dob).toHaveAccessibleDescription(/For example, 03 27 1957/)
  // The day typed first, then the month: a native date field dropped such digits.
  await dob.getByLabel('Day').click()
  await page.keyboard.type('27')
  await dob.getByLabel('Month').click()
  await page.keyboard.type('03')
  await page.getByLabel('Member ID').focus()
  await expect(dob).toHaveAccessibleDescription(/Enter a complete date/)
  await dob.getByLabel('Year').click()
  await page.keyboard.type('1957')
  await expect(dob).not.toHaveAccessibleDescription(/Error/)
  await expect(dob.getByLabel('Day')).toHaveValue('27')
  // A whole date typed in one go, as into the old field, fills the three boxes.
  await dob.getByLabel('Month').fill('')
  await page.keyboard.type('05171952')
  await expect(dob.getByLabel('Month')).toHaveValue('05')
  await expect(dob.getByLabel('Day')).toHaveValue('17')
  await expect(dob.getByLabel('Year')).toHaveValue('1952')
})

// The nurse's half of this walk, with its budget, is tests/e2e/keyboard-budget-nurse.spec.ts.
test('keyboard only: a director decides two in a row', async ({ page }) => {
  await resetMock(page)
  await signIn(page, demoUsers.director)
  await page.goto('/')
  await expect(page.getByRole('table', { name: /^My queue/ })).toBeVisible()
  let directorTabs = await tabTo(page, /^UM-\d{4}-\d{6}$/)
  await page.keyboard.press('Enter')
  for (let round = 1; round <= 2; round++) {
    await expect(page.getByRole('region', { name: 'Decision' })).toBeVisible()
    directorTabs += await tabTo(page, /^decision-action\b/)
    await page.keyboard.press('ArrowDown') // Approve
    await expect(page.getByRole('radio', { name: 'Approve' })).toBeChecked()
    directorTabs += await tabTo(page, /^decision-rationale\b|^rationale\b/)
    await page.keyboard.type('Approved after review of the request.')
    directorTabs += await tabTo(page, /Continue to confirm/)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog')).toBeVisible()
    directorTabs += await tabTo(page, /Confirm approval/)
    await page.keyboard.press('Enter')
    await expect(page.getByText(/Decision recorded/)).toBeVisible()
    if (round === 2) break
    const decided = page.url()
    directorTabs += await tabTo(page, /Decide the next case/)
    await page.keyboard.press('Enter')
    await expect(page).not.toHaveURL(decided)
    await expect(
      page.getByRole('heading', { level: 1, name: /^Case UM-\d{4}-\d{6}$/ }),
    ).toBeFocused()
  }
  console.log(`Director: ${directorTabs} Tab presses to decide two cases in a row`)
})
