import { expect, test, type Page } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, resetMock, signIn } from './support.ts'

// The worklist is a work tool (issue 31): at a laptop's 1280×800 the first screen holds at
// least 15 one-line cases under a compact filter bar, and on a phone the first case card
// shows without scrolling. Measured in the built app, as a person sees it.

// One test per person signed in, each former test a step: a new browser context, the
// mock's start and a sign-in were most of each (issue 32). Each step loads its address at
// its own size, as a test of its own did.

/** Loads a worklist address at a size, signed in already, and waits for its first row. */
async function openWorklist(page: Page, path: string, viewport = { width: 1280, height: 800 }) {
  await page.setViewportSize(viewport)
  await page.goto(path)
  const table = page.getByRole('table', { name: /cases/i })
  await expect(table.locator('tbody tr').first()).toBeVisible()
  return table
}

async function signedIn(page: Page, who: string) {
  await resetMock(page)
  await signIn(page, who)
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

/** At 1280×800: 15 or more one-line rows in view, the first above 300 px. */
async function expectDense(page: Page, label: string, path: string) {
  await openWorklist(page, path)
  const { firstTop, inView } = await measure(page)
  console.log(`${label} at 1280×800: first row top ${firstTop} px, ${inView} rows in view`)
  expect(firstTop).toBeLessThan(300)
  // My queue may hold fewer than 15 cases: then every one of them is in view.
  const total = await page.getByRole('table', { name: /cases/i }).locator('tbody tr').count()
  expect(inView).toBeGreaterThanOrEqual(Math.min(15, total))
  if (path !== '/') expect(inView).toBeGreaterThanOrEqual(15)
}

const dense = (label: string) =>
  `at 1280×800, ${label} shows 15 or more one-line rows, the first above 300 px`

test('a director’s My queue and All cases, dense at 1280×800', async ({ page }) => {
  await signedIn(page, demoUsers.director)
  for (const [label, path] of [
    ['a director’s My queue', '/'],
    ['All cases', '/?view=all'],
  ] as const)
    await test.step(dense(label), () => expectDense(page, label, path))
})

test('a reviewer’s worklist: dense at 1280×800, its filter bar, a card in view on a phone', async ({
  page,
}) => {
  await signedIn(page, demoUsers.reviewer)
  await test.step(dense('a reviewer’s open cases'), () =>
    expectDense(page, 'a reviewer’s open cases', '/'),
  )

  await test.step('the compact filter bar: status with its counts in one control, the rest behind a disclosure', async () => {
    await openWorklist(page, '/?view=all')
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

  for (const width of [390, 320])
    await test.step(`at ${width} px the first case card shows without scrolling`, async () => {
      await openWorklist(page, '/', { width, height: 844 })
      const row = page.getByRole('table', { name: /cases/i }).locator('tbody tr').first()
      const box = (await row.boundingBox())!
      console.log(`first card at ${width} px: top ${box.y} px, bottom ${box.y + box.height} px`)
      expect(box.y + box.height).toBeLessThanOrEqual(844)
      // Nothing runs off the side of the page.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(scrollWidth).toBeLessThanOrEqual(width)
    })
})
