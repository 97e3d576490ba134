import { expect, test, type Page } from '@playwright/test'
import { apiGet } from './fault-support.ts'
import { demoUsers, fillDate, resetMock, signIn, signOut } from './support.ts'

type Assigned = { assignedTo: { name: string } }

/** The CSP's directives by name, e.g. { 'script-src': ["'self'"] }. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  )
}

test('the preview server sends the CSP and Referrer-Policy', async ({ request }) => {
  const res = await request.get('/')
  const headers = res.headers()
  const csp = directives(headers['content-security-policy'] ?? '')
  expect(csp['default-src']).toEqual(["'self'"])
  expect(csp['object-src']).toEqual(["'none'"])
  expect(csp['base-uri']).toEqual(["'none'"])
  expect(csp['script-src']).not.toContain("'unsafe-inline'")
  expect(csp['style-src']).not.toContain("'unsafe-inline'")
  // No workers, even with the mock: it answers fetch in the page.
  expect(csp['worker-src']).toEqual(["'none'"])
  // Only a header can carry frame-ancestors; a <meta> CSP ignores it.
  expect(csp['frame-ancestors']).toEqual(["'none'"])
  expect(headers['referrer-policy']).toBe('no-referrer')
})

async function enterCase(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New case' })
    .click()
  await page.getByLabel('Member ID').fill('CS12345678')
  await fillDate(page, 'Date of birth', '1950-03-02')
  await page.getByRole('radio', { name: /^Commercial \(group\)/ }).check()
  await page.getByRole('radio', { name: /^Fully insured/ }).check()
  await page.getByRole('radio', { name: /^Kaiser Foundation Health Plan of Washington$/ }).check()
  await page.getByRole('combobox', { name: 'Service code' }).fill('prolo')
  await page.getByRole('option', { name: /M0076/ }).click()
  await page.getByLabel('Diagnosis code 1').fill('M54.50')
  await fillDate(page, 'Date of service', '2026-12-14')
  await page.getByRole('radio', { name: 'Expedited' }).check()
  await page.getByRole('radio', { name: /^Fax/ }).check()
  await page.getByRole('button', { name: 'Submit case' }).click()
  await expect(page).toHaveURL(/\/cases\/(?!new)[^/?]+$/)
}

test('a full flow raises no CSP violation', async ({ page }) => {
  // Recorded from the first script on: a violation during start-up counts too.
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { __cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    )
  })
  const consoleCsp: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text())
  })

  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await enterCase(page)
  const caseUrl = page.url()
  // Asked while the mock service is up in this page (a fresh load starts it again).
  const caseId = new URL(caseUrl).pathname.split('/').at(-1)!
  const director = (await apiGet<Assigned>(page, `/cases/${caseId}`)).assignedTo.name
  await expect(page.getByRole('region', { name: 'Determination' })).toBeVisible()
  // The evidence and the policy open beside the case (issue 31), then as pages of their own.
  await page.getByText(/^Evidence conclusion and articles, 04\/10\/2002/).click()
  await page.getByRole('link', { name: 'Evidence Table: Dechow 1999' }).click()
  await expect(page.getByRole('row', { name: /Dechow E, Davies RK/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await page.goto('/policies/prolotherapy-sclerotherapy/evidence?study=dechow-1999')
  await expect(page.getByRole('row', { name: /Dechow E, Davies RK/ })).toBeVisible()
  await page.getByRole('link', { name: 'Prolotherapy/Sclerotherapy' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prolotherapy/Sclerotherapy')
  await page.goto(`${caseUrl}/print`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto(caseUrl)
  await signOut(page)

  await signIn(page, director)
  await page.goto(caseUrl)
  const panel = page.getByRole('region', { name: 'Decision' })
  await panel.getByRole('radio', { name: 'Approve', exact: true }).check()
  await panel.getByLabel('Rationale').fill('Approved on the notes.')
  await panel.getByRole('button', { name: 'Continue to confirm' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm approval' }).click()
  await expect(panel.getByText('Decision recorded. The case is approved.')).toBeVisible()

  const read = () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
  expect(await read()).toEqual([])
  expect(consoleCsp).toEqual([])
  // The recorder itself works: an inline <style> is refused and reported.
  await page.evaluate(() =>
    document.head.append(Object.assign(document.createElement('style'), { textContent: 'p{}' })),
  )
  await expect.poll(read).toEqual([expect.stringMatching(/^style-src/)])
})
