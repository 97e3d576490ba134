import { expect, test, type Page } from '@playwright/test'
import { demoUsers, myOpenCaseId, resetMock, signIn } from './support.ts'

/** A denial's criterion choice on an open case of the signed-in director's queue. */
async function openCriterionChoice(page: Page, id: string) {
  await page.goto(`/cases/${id}`)
  const decision = page.getByRole('region', { name: 'Decision' })
  await decision.getByRole('radio', { name: 'Deny', exact: true }).check()
  return decision.getByRole('group', { name: /Criterion relied on/ })
}

// Both widths in one test, each a step from its own page load at that width: a new browser
// context, the mock's start and a sign-in were most of each test's time (issue 32).
test('at 390 and 320 px each criterion radio sits on the first line of its own label', async ({
  page,
}) => {
  await resetMock(page)
  await signIn(page, demoUsers.director)
  const id = await myOpenCaseId(page)
  for (const width of [390, 320])
    await test.step(`at ${width} px › each criterion radio sits on the first line of its own label`, async () => {
      await page.setViewportSize({ width, height: 844 })
      const group = await openCriterionChoice(page, id)
      const radios = group.getByRole('radio')
      await expect(radios.first()).toBeVisible()
      // Each radio and its label measured in the same frame: measured in two trips, a
      // late layout shift between them read as a label below its radio.
      const pairs = await radios.evaluateAll((els) =>
        els.map((el) => {
          const label = document.querySelector(`label[for="${CSS.escape(el.id)}"]`)
          const box = (e: Element) => {
            const { x, y, width, height } = e.getBoundingClientRect()
            return { x, y, width, height }
          }
          return { r: box(el), l: label ? box(label) : null }
        }),
      )
      for (const { r, l } of pairs) {
        // Beside it, not below it: the label starts right of the radio, at its height.
        expect(l!.x).toBeGreaterThan(r.x + r.width - 1)
        expect(Math.abs(l!.y - r.y)).toBeLessThan(r.height)
      }
    })
})
