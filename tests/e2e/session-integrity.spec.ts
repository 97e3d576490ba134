import { expect, test, type Page } from '@playwright/test'
import { watchApiCalls } from './api-calls.ts'
import { demoUsers, resetMock, signIn } from './support.ts'

const tokenOf = (page: Page) => page.evaluate(() => sessionStorage.getItem('crd.session-token'))
const statusWith = (page: Page, token: string | null) =>
  page.evaluate(
    async (t) => (await fetch('/api/me', { headers: { Authorization: `Bearer ${t}` } })).status,
    token,
  )

test('Sign out ends the session on the service, with no 401 on the way', async ({ page }) => {
  const calls = await watchApiCalls(page)
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  const token = await tokenOf(page)
  const console: string[] = []
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`))
  const before = calls.length
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  const ended = (c: { method: string; url: string }) =>
    c.method === 'DELETE' && c.url.endsWith('/api/sessions/current')
  await expect.poll(() => calls.filter(ended).map((c) => c.status)).toEqual([204])
  expect(calls.slice(before).filter((c) => c.status === 401)).toEqual([])
  expect(console.filter((m) => /401|unauthori[sz]ed/i.test(m))).toEqual([])
  // Only now, on purpose: the old token no longer works.
  expect(await statusWith(page, token)).toBe(401)
})

test('an edit typed just before a reload is in the draft after it', async ({ page }) => {
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New case' })
    .click()
  await page.getByLabel('Member ID').fill('SYN13579')
  await expect(page.getByText(/Draft saved/)).toBeVisible()
  await expect(page).toHaveURL(/[?&]draft=/)
  // No pause: the reload comes well inside the autosave's wait after typing.
  await page.getByLabel('Clinical notes').fill('Typed a moment before the reload.')
  await page.reload()
  await expect(page.getByLabel('Clinical notes')).toHaveValue('Typed a moment before the reload.')
  await expect(page.getByLabel('Member ID')).toHaveValue('SYN13579')
  // The edit now lives in the service's draft store only; the hand-over slot is empty.
  expect(
    await page.evaluate(() => localStorage.getItem('criteria-review-mock-service.outbox')),
  ).toBeNull()
})
