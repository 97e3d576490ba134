import { expect, test, type Page } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, resetMock, signIn } from './support'

/** A case another tab of this browser enters, through the in-page service. */
async function enterCaseFrom(page: Page) {
  return page.evaluate(async () => {
    const token = sessionStorage.getItem('crd.session-token')
    const res = await fetch('/api/cases', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'Idempotency-Key': `live-${Date.now()}`,
      },
      body: JSON.stringify({
        memberId: 'AB12345678',
        dateOfBirth: '1970-05-01',
        lineOfBusiness: 'commercial-group',
        groupFunding: 'fully-insured',
        plan: 'kfhpwa',
        serviceCode: 'M0076',
        dateOfService: '2026-12-10',
        urgency: 'standard',
        requestChannel: 'electronic',
        diagnosisCodes: ['M54.50'],
        requestReceivedAt: new Date(Date.now() - 60_000).toISOString(),
      }),
    })
    return {
      status: res.status,
      reference: ((await res.json()) as { reference: string }).reference,
    }
  })
}

const rowReferences = (page: Page) =>
  page.getByRole('table', { name: /cases/i }).locator('tbody tr th a').allTextContents()

test('a case entered in another tab is offered on the worklist without moving its rows', async ({
  page,
  context,
}) => {
  await resetMock(page)
  await signIn(page, demoUsers.director2)
  await page.goto('/?view=all')
  await expect(page.getByRole('table', { name: /cases/i })).toBeVisible()
  const before = await rowReferences(page)

  // The second tab of this browser shares the sign-in and the mock's database.
  const other = await context.newPage()
  await other.goto('/?view=all')
  await expect(other.getByLabel('Signed in user')).toContainText(demoUsers.director2)
  const started = Date.now()
  const created = await enterCaseFrom(other)
  expect(created.status).toBe(201)

  const offer = page.getByRole('button', { name: 'Show 1 new case' })
  await expect(offer).toBeVisible({ timeout: 10_000 })
  const otherTabMs = Date.now() - started
  expect(await rowReferences(page)).toEqual(before)
  await expectNoAxeViolations(page)

  // The tab that entered it offers it too, at once (its own write).
  await expect(other.getByRole('button', { name: 'Show 1 new case' })).toBeVisible()
  await offer.click()
  await expect(page.getByRole('link', { name: created.reference })).toBeVisible()
  await expect(page.getByText('List updated.')).toBeVisible()
  test.info().annotations.push({ type: 'other tab to offer (ms)', description: String(otherTabMs) })
  console.log(`Another tab's case was offered after ${otherTabMs} ms`)
})
