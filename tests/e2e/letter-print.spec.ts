import { expect, test } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, resetMock, signIn } from './support.ts'

const INCH = 96 // CSS pixels per inch

/**
 * A letter on paper: no app chrome, 12-point text, and the addresses where a window
 * envelope shows them (notices.css: the recipient 2in from the top and 7/8in from the
 * left of the sheet, the plan's return address 0.5in from the top).
 */
test('a denial letter prints clean, with the addresses placed for a window envelope', async ({
  page,
}) => {
  await resetMock(page)
  await signIn(page, demoUsers.director)
  const id = await page.evaluate(async () => {
    const token = sessionStorage.getItem('crd.session-token')
    const res = await fetch('/api/cases?status=denied&limit=1', {
      headers: { Authorization: `Bearer ${token}` },
    })
    return ((await res.json()) as { items: { id: string }[] }).items[0]!.id
  })
  await page.goto(`/cases/${id}/notices/member`)
  const letter = page.getByRole('article')
  await expect(letter.getByRole('heading', { name: 'Why we denied this request' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Letter record' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize({ width: Math.round(8.5 * INCH), height: 11 * INCH })
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden()
  await expect(page.getByRole('region', { name: 'Letter record' })).toBeHidden()

  const to = await letter.locator('address[aria-label="To"]').boundingBox()
  const from = await letter.locator('address[aria-label="From"]').boundingBox()
  expect(to).not.toBeNull()
  expect(from).not.toBeNull()
  expect(Math.abs(to!.x - 0.875 * INCH)).toBeLessThanOrEqual(2)
  expect(Math.abs(to!.y - 2 * INCH)).toBeLessThanOrEqual(2)
  // Inside a #10 window (4-1/2 x 1-1/8in) and the DIN 5008 B field (85 x 45 mm).
  expect(to!.width).toBeLessThanOrEqual(3.25 * INCH + 1)
  expect(to!.height).toBeLessThanOrEqual(1.125 * INCH)
  expect(Math.abs(from!.y - 0.5 * INCH)).toBeLessThanOrEqual(2)
  expect(from!.y + from!.height).toBeLessThan(to!.y)

  const size = await letter
    .getByRole('heading', { name: 'Who decided' })
    .locator('xpath=following-sibling::p[1]')
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize))
  expect(size).toBeGreaterThanOrEqual(16) // 12pt

  // Both paper sizes make a PDF (Chromium prints with the page's own @page rules).
  for (const format of ['Letter', 'A4'] as const)
    expect((await page.pdf({ format, preferCSSPageSize: false })).length).toBeGreaterThan(1000)
})
