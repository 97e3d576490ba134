import { expect, test } from '@playwright/test'
import { demoUsers, expectNoAxeViolations } from './support.ts'

// A new visitor's first screen is sign-in: it paints with the demo users and loads
// neither the pages behind sign-in nor the mock service until they start to use it.
test('a new visitor gets sign-in alone, and the mock service once they use the page', async ({
  page,
}) => {
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await expect(page.getByRole('radio', { name: new RegExp(demoUsers.reviewer) })).toBeVisible()
  await page.waitForLoadState('networkidle')
  const pageCode = /\/(app-layout|worklist-route|browser)-[\w-]+\.js$/
  expect(scripts.filter((s) => pageCode.test(s))).toEqual([])
  await expectNoAxeViolations(page)

  // Choosing a user starts the service; signing in goes through it to the worklist.
  await page.getByRole('radio', { name: new RegExp(demoUsers.reviewer) }).check()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByLabel('Signed in user')).toContainText(demoUsers.reviewer)
  await expect(page.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible()
  expect(scripts.filter((s) => pageCode.test(s)).length).toBeGreaterThan(0)
})
