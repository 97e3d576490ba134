import { expect, test, type Page } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, resetMock, signIn } from './support.ts'

// The worklist is a work tool (issue 31): at a laptop's 1280×800 the first screen holds at
// least 15 one-line cases under a compact filter bar, and on a phone the first case card
// shows without scrolling. Measured in the built app, as a person sees it.

async function openWorklist(page: Page, who: string, path = '/') {
  await resetMock(page)
  await signIn(page, who)
  if (path !== '/') await page.goto(path)
  const table = page.getByRole('table', { name: /cases/i })
  await expect(table.locator('tbody tr').first()).toBeVisible()
  return table
}

/** The first row's top, and how many rows lie wholly inside the viewport. */
async function measure(page: Page) {
  const height = page.viewportSize()!.height
  const boxes = await page
    .getByRole('table', { name: /cases/i })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => {
        const b = r.getBoundingClientRect()
        return { top: b.top, bottom: b.bottom }
      }),
    )
  return {
    firstTop: boxes[0]!.top,
    inView: boxes.filter((b) => b.top >= 0 && b.bottom <= height).length,
  }
}

for (const [label, who, path] of [
  ['a director’s My queue', demoUsers.director, '/'],
  ['a reviewer’s open cases', demoUsers.reviewer, '/'],
  ['All cases', demoUsers.director, '/?view=all'],
] as const) {
  test(`at 1280×800, ${label} shows 15 or more one-line rows, the first above 300 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await openWorklist(page, who, path)
    const { firstTop, inView } = await measure(page)
    console.log(`${label} at 1280×800: first row top ${firstTop} px, ${inView} rows in view`)
    expect(firstTop).toBeLessThan(300)
    // My queue may hold fewer than 15 cases: then every one of them is in view.
    const total = await page.getByRole('table', { name: /cases/i }).locator('tbody tr').count()
    expect(inView).toBeGreaterThanOrEqual(Math.min(15, total))
    if (path !== '/') expect(inView).toBeGreaterThanOrEqual(15)
  })
}

for (const width of [390, 320]) {
  test(`at ${width} px the first case card shows without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 })
    await openWorklist(page, demoUsers.reviewer)
    const row = page.getByRole('table', { name: /cases/i }).locator('tbody tr').first()
    const box = (await row.boundingBox())!
    console.log(`first card at ${width} px: top ${box.y} px, bottom ${box.y + box.height} px`)
    expect(box.y + box.height).toBeLessThanOrEqual(844)
    // Nothing runs off the side of the page.
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(width)
  })
}

test('the compact filter bar: status with its counts in one control, the rest behind a disclosure', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openWorklist(page, demoUsers.reviewer, '/?view=all')
  const status = page.getByRole('combobox', { name: 'Status' })
  await expect(status.locator('option').first()).toHaveText(/^Any status \(\d+\)$/)
  const more = page.getByRole('button', { name: /More filters/ })
  await expect(more).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('checkbox', { name: 'Overdue only' })).toBeHidden()
  await more.click()
  await expect(more).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('checkbox', { name: 'Overdue only' })).toBeVisible()
  // Every control is at least 40 px tall to point at.
  for (const control of [
    status,
    more,
    page.getByRole('combobox', { name: 'Sort by' }),
    page.getByRole('textbox', { name: 'Case reference' }),
    page.getByRole('button', { name: 'Find' }),
  ])
    expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(40)
  await expectNoAxeViolations(page)
})
