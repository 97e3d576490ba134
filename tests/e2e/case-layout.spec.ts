import { expect, test, type Page } from '@playwright/test'
import { demoUsers, firstCaseId, myOpenCaseId, resetMock, signIn } from './support.ts'

const wide = { width: 1280, height: 800 }
const narrow = { width: 390, height: 844 }

/** One check of the case pages: a former test of its own, at its screen size (issue 32). */
type Check = { name: string; viewport: typeof wide; run: (page: Page) => Promise<void> }
const checks: Check[] = []
const check = (name: string, viewport: typeof wide, run: (page: Page) => Promise<void>) =>
  checks.push({ name, viewport, run })

check(
  'on a wide screen (1280 px) › the decision sits beside the case, in view without scrolling, and stays there',
  wide,
  async (page) => {
    await page.goto(`/cases/${await myOpenCaseId(page)}`)
    const decision = page.getByRole('region', { name: 'Decision' })
    await expect(decision.getByRole('radio', { name: 'Deny', exact: true })).toBeInViewport()
    // The jump link shows only to the keyboard: the decision is in view already.
    await expect(page.getByRole('link', { name: 'Go to decision' })).not.toBeInViewport()
    const evidence = page.getByRole('region', { name: 'MTAC evidence conclusions' })
    await expect(evidence).toBeVisible()
    const [d, e] = [await decision.boundingBox(), await evidence.boundingBox()]
    expect(d!.x).toBeGreaterThan(e!.x + e!.width)
    // Reading down the evidence, the decision column stays in view.
    await evidence.scrollIntoViewIfNeeded()
    await expect(decision.getByRole('heading', { name: 'Decision', level: 2 })).toBeInViewport()
  },
)

/** Where a region's top and bottom sit on the page, in CSS px from its top. */
async function extent(page: Page, name: string | RegExp, role: 'region' = 'region') {
  const box = (await page.getByRole(role, { name }).boundingBox())!
  const scrollY = await page.evaluate(() => window.scrollY)
  return { top: box.y + scrollY, bottom: box.y + box.height + scrollY }
}

check(
  'the layout budget at 1280 × 800 (issue 31) › an open case: its determination, the member’s facts and the decision start in the first screen',
  wide,
  async (page) => {
    await page.goto(`/cases/${await myOpenCaseId(page)}`)
    const facts = page.getByRole('region', { name: 'Case details' })
    await expect(facts.getByText(/^Age \d+$/)).toBeVisible()
    const screen = 800
    for (const name of ['Case details', 'Determination', 'Decision']) {
      const { top } = await extent(page, name)
      expect(top, `${name} starts in the first screen`).toBeLessThan(screen - 150)
    }
    for (const fact of ['Member', 'Member ID', 'Coverage', 'Service', 'Diagnoses'])
      await expect(facts.getByText(fact, { exact: true })).toBeInViewport()
    await expect(
      page.getByRole('region', { name: 'Determination' }).getByText('Proposed outcome'),
    ).toBeInViewport()
    await expect(page.getByRole('radio', { name: 'Approve', exact: true })).toBeInViewport()
    await expect(
      page.getByRole('navigation', { name: 'Read the policy' }).getByRole('link', {
        name: 'Evidence tables',
      }),
    ).toBeInViewport()
    // The reference once, in the heading; each fact once.
    const main = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ')
    const reference = (await page.getByRole('heading', { level: 1 }).innerText()).slice(5)
    expect(main.split(reference).length - 1).toBe(1)
    for (const term of ['Member ID', 'Coverage', 'Date of service', 'Entered by', 'Urgency'])
      await expect(page.getByRole('main').getByText(term, { exact: true })).toHaveCount(1)
  },
)

check(
  'the layout budget at 1280 × 800 (issue 31) › a decided case is at most 2.5 screens tall',
  wide,
  async (page) => {
    const id = await firstCaseId(page, '&status=denied')
    await page.goto(`/cases/${id}`)
    await expect(
      page.getByRole('region', { name: 'Case status' }).getByText('Denied'),
    ).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'MTAC evidence conclusions' }).getByRole('article').first(),
    ).toBeVisible()
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / 800)
    console.log(`Decided case at 1280 × 800: ${screens.toFixed(2)} screens`)
    expect(screens).toBeLessThanOrEqual(2.5)
  },
)

check(
  'the layout budget at 1280 × 800 (issue 31) › the evidence tables show every cell’s whole text, wrapped, never cut short',
  wide,
  async (page) => {
    await page.goto('/policies/prolotherapy-sclerotherapy/evidence')
    const table = page.getByRole('table', { name: 'Studies' })
    await expect(
      table.getByRole('columnheader', { name: /Intervention and comparator/ }),
    ).toBeVisible()
    await expect(table.getByRole('row', { name: /Dechow/ })).toBeVisible()
    const cutCells = () =>
      table.evaluate((t) =>
        [...t.querySelectorAll<HTMLElement>('tbody td, tbody th')]
          .filter((cell) =>
            [cell, ...cell.querySelectorAll<HTMLElement>('*')].some(
              (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
            ),
          )
          .map((cell) => cell.textContent?.slice(0, 40)),
      )
    // Polled: the rows are measured after the first layout.
    await expect.poll(cutCells).toEqual([])
  },
)

check(
  'on a narrow screen (390 px) › "Go to decision" near the top leads to the decision',
  narrow,
  async (page) => {
    await page.goto(`/cases/${await myOpenCaseId(page)}`)
    const decision = page.getByRole('region', { name: 'Decision' })
    await expect(decision.getByRole('heading', { name: 'Decision', level: 2 })).not.toBeInViewport()
    await page.getByRole('link', { name: 'Go to decision' }).click()
    await expect(page.locator('#case-decision')).toBeFocused()
    await expect(page.getByRole('region', { name: /^Case status/ })).toBeInViewport()
  },
)

// Every check in one test, each a step that loads its own page at its own size: a new
// browser context, the mock's start and a sign-in were most of each test's time. The
// checks only read the seed, so none changes what the next one sees.
test('a director’s case pages: the layout at 1280 and 390 px', async ({ page }) => {
  await resetMock(page)
  await signIn(page, demoUsers.director)
  for (const { name, viewport, run } of checks)
    await test.step(name, async () => {
      await page.setViewportSize(viewport)
      await run(page)
    })
})
