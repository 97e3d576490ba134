import { expect, test, type Page } from '@playwright/test'
import {
  canary,
  canaryPattern,
  canaryPlaces,
  dumpStorage,
  mockStore,
  watchPage,
} from './privacy-support.ts'
import { apiGet } from './fault-support.ts'
import { demoUsers, fillDate, resetMock, signIn, signOut } from './support.ts'

type Assigned = { assignedTo: { name: string } }

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click()

async function enterCanaryCase(page: Page) {
  await nav(page, 'New case')
  await page.getByLabel('Member ID').fill(canary.memberId)
  await fillDate(page, 'Date of birth', canary.dob)
  await page.getByRole('radio', { name: /^Medicare Advantage/ }).check()
  await page.getByRole('radio', { name: /^Kaiser Foundation Health Plan of Washington$/ }).check()
  await page.getByRole('combobox', { name: 'Service code' }).fill('M0076')
  await page.getByLabel('Diagnosis code 1').fill('M54.50')
  await fillDate(page, 'Date of service', '2026-12-14')
  await page.getByRole('radio', { name: 'Standard' }).check()
  await page.getByRole('radio', { name: /^Electronic/ }).check()
  await expect(page.getByText(/Draft saved/)).toBeVisible()
  await page.getByRole('button', { name: 'Submit case' }).click()
  await expect(page).toHaveURL(/\/cases\/(?!new)[^/?]+$/)
}

async function deny(page: Page) {
  const panel = page.getByRole('region', { name: 'Decision' })
  await panel.getByRole('radio', { name: 'Deny', exact: true }).check()
  await panel.getByLabel('Reason specific to the member').fill('Medicare does not cover it.')
  await panel.getByRole('radio', { name: 'No', exact: true }).check()
  await panel.getByLabel('Rationale').fill('NCD 150.7 excludes prolotherapy.')
  await panel.getByRole('button', { name: 'Continue to confirm' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm denial' }).click()
  await expect(panel.getByText(/Decision recorded/)).toBeVisible()
}

/** After a sign-out, Back shows sign-in or a page without this member's data. */
async function expectNoMemberDataBehindBack(page: Page) {
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await expect(page.locator('body')).not.toContainText('Q4Z9')
  expect(await page.evaluate(() => sessionStorage.getItem('crd.session-token'))).toBeNull()
}

test('member data stays out of addresses, the console and app storage; sign-outs clear it', async ({
  page,
  context,
}) => {
  await page.clock.install()
  const seen = await watchPage(page)
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await enterCanaryCase(page)
  await seen.checkpoint()
  const caseId = new URL(page.url()).pathname.split('/').at(-1)!
  await expect(page.getByText(/Q4Z9/).first()).toBeVisible()
  const director = (await apiGet<Assigned>(page, `/cases/${caseId}`)).assignedTo.name
  await page.goto(`/cases/${caseId}/print`)
  await seen.checkpoint()
  await signOut(page)

  await signIn(page, director)
  await nav(page, 'Worklist')
  await page.getByRole('link', { name: 'My queue' }).click()
  const row = page.getByRole('row').filter({ hasText: 'Q4Z9' })
  // The case reference leads the row and is its link; a pointer click lands on it. The
  // status badge once spilled over the link beside it: it must not overlap the link.
  const link = row.getByRole('link', { name: /^UM-\d{4}-\d{6}$/ })
  const badge = (await row.getByText('Pending medical director review').boundingBox())!
  const box = (await link.boundingBox())!
  const apart =
    badge.x >= box.x + box.width ||
    box.x >= badge.x + badge.width ||
    badge.y >= box.y + box.height ||
    box.y >= badge.y + badge.height
  expect(apart).toBe(true)
  await link.click()
  await expect(page).toHaveURL(`/cases/${caseId}`)
  await deny(page)
  await seen.checkpoint()

  // The leak checks: a visit, request, log line or stored value holding the canary. The
  // watch saw the API calls the mock answered in the page, not only page addresses.
  expect([...seen.urls].some((u) => /\/api\/cases\/[^/?]+$/.test(u))).toBe(true)
  expect([...seen.urls].filter((u) => canaryPattern.test(decodeURIComponent(u)))).toEqual([])
  expect(seen.logs.filter((m) => canaryPattern.test(m))).toEqual([])
  const storage = await dumpStorage(page, context)
  // The mock's own store holds the case, as a server's database would; nothing else may.
  expect(canaryPlaces(storage)).toEqual([`indexedDb:${mockStore.indexedDb}`])
  expect(Object.keys(storage.indexedDb)).toEqual([mockStore.indexedDb])
  expect(Object.keys(storage.local).sort()).toEqual(mockStore.stampKeys)
  expect(Object.keys(storage.session)).toEqual(['crd.session-token'])
  expect(storage.caches).toEqual({})
  expect(JSON.parse(storage.cookies)).toEqual([])

  await signOut(page)
  await expectNoMemberDataBehindBack(page)

  // Idle: the warning, then sign-out; Back again shows no member data.
  await signIn(page, director)
  await page.goto(`/cases/${caseId}`)
  await expect(page.getByText(/Q4Z9/).first()).toBeVisible()
  await page.clock.fastForward('13:05')
  await expect(page.getByRole('dialog', { name: 'You will be signed out soon' })).toBeVisible()
  await page.clock.fastForward('02:00')
  await page.clock.runFor(1_000)
  await expect(page.getByText(/signed out after a period without activity/)).toBeVisible()
  await expectNoMemberDataBehindBack(page)
  expect(seen.logs.filter((m) => canaryPattern.test(m))).toEqual([])
})
