import { expect, test } from '@playwright/test'
import { demoUsers, resetMock, signIn } from './support.ts'

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

// A director deciding two in a row by keyboard is the 1280 px walk of
// keyboard-budget-director.spec.ts (the second case follows its budgeted first); the
// nurse's half, with its budget, is keyboard-budget-nurse.spec.ts.
