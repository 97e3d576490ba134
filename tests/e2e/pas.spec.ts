import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, resetMock, signIn } from './support.ts'

/** This project's Medicare Advantage M0076 request, its service date two weeks out. */
function medicareRequest(): string {
  const path = fileURLToPath(
    new URL('../fixtures/pas/m0076-medicare-advantage.json', import.meta.url),
  )
  const bundle = JSON.parse(readFileSync(path, 'utf8'))
  const claim = bundle.entry.find(
    (e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Claim',
  )
  claim.resource.item[0].servicedDate = new Date(Date.now() + 14 * 86_400_000)
    .toISOString()
    .slice(0, 10)
  return JSON.stringify(bundle)
}

test('a reviewer imports a PAS request file into the case form and submits it', async ({
  page,
}) => {
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New case' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible()

  // Typed entry comes first: the import is one button that opens its box.
  await page.getByRole('button', { name: 'Import a PAS request' }).click()
  await page.getByLabel('PAS request file').setInputFiles({
    name: 'pas-request.json',
    mimeType: 'application/fhir+json',
    buffer: Buffer.from(medicareRequest()),
  })
  await expect(
    page.getByText('Form filled from the PAS Bundle. Check it, then submit the case.'),
  ).toBeVisible()
  await expect(page.getByLabel('Member ID')).toHaveValue('KPWA00012345')
  await expect(page.getByRole('radio', { name: /^Medicare Advantage/ })).toBeChecked()
  await expect(page.getByRole('combobox', { name: 'Service code' })).toHaveValue('M0076')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Submit case' }).click()
  await expect(page).toHaveURL(/\/cases\/(?!new)[^/?]+$/)
  const determination = page.getByRole('region', { name: 'Determination' })
  await expect(determination.getByText('Not covered (Medicare)')).toBeVisible()
})

test('a case sent through $submit offers its PAS response as a download', async ({ page }) => {
  await resetMock(page)
  await signIn(page, demoUsers.director)
  const caseId = await page.evaluate(async (body) => {
    const token = sessionStorage.getItem('crd.session-token')
    const res = await fetch('/api/fhir/Claim/$submit', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' },
      body,
    })
    const bundle = (await res.json()) as { entry: { resource: { id: string } }[] }
    return bundle.entry[0]!.resource.id
  }, medicareRequest())
  await page.goto(`/cases/${caseId}`)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download the PAS response' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^UM-\d{4}-\d{6}-pas-response\.json$/)
  const saved = JSON.parse(readFileSync((await file.path())!, 'utf8'))
  expect(saved.entry[0].resource.resourceType).toBe('ClaimResponse')
})
