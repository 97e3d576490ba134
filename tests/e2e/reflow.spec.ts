import { expect, test, type Page } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, resetMock, signIn } from './support.ts'

/**
 * WCAG 2.2, 1.4.10 Reflow: at 320 CSS px no screen scrolls the whole page sideways (a
 * wide table may scroll inside its own labelled region). Each screen is a path built
 * from a seeded case id, with the h1 it must show, so a screen that failed to load
 * cannot pass by being empty. A new screen is one more entry in `reflowScreens`.
 */
type CaseIds = { decided: string; open: string }
type Screen = { name: string; path: (ids: CaseIds) => string; heading: RegExp }

const reflowScreens: Screen[] = [
  { name: 'worklist', path: () => '/', heading: /Worklist/ },
  { name: 'worklist at /cases', path: () => '/cases', heading: /Worklist/ },
  { name: 'case entry', path: () => '/cases/new', heading: /New case/ },
  { name: 'case page, decided', path: (c) => `/cases/${c.decided}`, heading: /UM-\d{4}-\d{6}/ },
  { name: 'case page, open', path: (c) => `/cases/${c.open}`, heading: /UM-\d{4}-\d{6}/ },
  { name: 'print', path: (c) => `/cases/${c.decided}/print`, heading: /Decision summary/ },
  { name: 'policy library', path: () => '/policies', heading: /Policies/ },
  {
    name: 'policy panel',
    path: () => '/policies/prolotherapy-sclerotherapy',
    heading: /Prolotherapy\/Sclerotherapy/,
  },
  {
    name: 'evidence viewer',
    path: () => '/policies/prolotherapy-sclerotherapy/evidence',
    heading: /Evidence/,
  },
  {
    name: 'member notice',
    path: (c) => `/cases/${c.decided}/notices/member`,
    heading: /notice/i,
  },
  {
    name: 'provider notice',
    path: (c) => `/cases/${c.decided}/notices/provider`,
    heading: /notice/i,
  },
  // A medical director sees the figures; anyone else the 403 page: both must reflow.
  { name: 'metrics', path: () => '/metrics', heading: /Prior authorization metrics|Not allowed/ },
  { name: 'not found', path: () => '/no/such/page', heading: /Page not found/ },
]

const roles = [
  { role: 'reviewer', user: demoUsers.reviewer },
  { role: 'medical director', user: demoUsers.director },
] as const

/** How far the page is wider than the viewport, and the widest offenders to fix. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth
    const excess = document.documentElement.scrollWidth - vw
    const offenders = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > vw + 1)
      // Inside a scroll region is fine: the region scrolls, not the page.
      .filter((el) => !el.parentElement?.closest('.table-wrap, [role="region"][tabindex="0"]'))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(el.getBoundingClientRect().right)}px`,
      )
    return { excess, offenders }
  })
}

/** A decided case (its record) and an open one (the decision form), from the seed. */
async function caseIds(page: Page): Promise<CaseIds> {
  return page.evaluate(async () => {
    const token = sessionStorage.getItem('crd.session-token')
    const first = async (status: string) => {
      const res = await fetch(`/api/cases?limit=1&status=${status}`, {
        headers: { Authorization: `Bearer ${token}` },
      })
      return ((await res.json()) as { items: { id: string }[] }).items[0]!.id
    }
    return { decided: await first('denied'), open: await first('pending-md-review') }
  })
}

async function visit(page: Page, path: string, heading: RegExp) {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
}

// Every screen at both widths, with one load each: a screen loads at one width, is checked,
// then the window is resized to the other and it is checked again (as a person zooming
// would see it). Half the screens load at 320 px and half at 1280 px, so a fresh load and
// a resize each count at both widths.
const widths = [320, 1280] as const

test('sign-in does not scroll sideways at 320 or 1280 CSS px', async ({ page }) => {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 })
    await resetMock(page)
    expect(await overflow(page), `at ${width} px`).toEqual({ excess: 0, offenders: [] })
    const other = width === 320 ? 1280 : 320
    await page.setViewportSize({ width: other, height: 800 })
    expect(await overflow(page), `resized to ${other} px`).toEqual({ excess: 0, offenders: [] })
  }
})

for (const { role, user } of roles) {
  test(`no screen scrolls sideways at 320 or 1280 CSS px for a ${role}`, async ({ page }) => {
    await resetMock(page)
    await signIn(page, user)
    const ids = await caseIds(page)
    const found: Record<string, Awaited<ReturnType<typeof overflow>>> = {}
    for (const [i, s] of reflowScreens.entries()) {
      const [first, second] = i % 2 === 0 ? widths : ([...widths].reverse() as number[])
      await page.setViewportSize({ width: first!, height: 800 })
      await visit(page, s.path(ids), s.heading)
      const o = await overflow(page)
      if (o.excess > 0) found[`${s.name} at ${first} px`] = o
      await page.setViewportSize({ width: second!, height: 800 })
      const r = await overflow(page)
      if (r.excess > 0) found[`${s.name} at ${second} px`] = r
    }
    expect(found).toEqual({})
  })
}

test.describe('axe at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 800 } })
  test('the worklist and the case page are axe clean', async ({ page }) => {
    await resetMock(page)
    await signIn(page, demoUsers.director)
    const ids = await caseIds(page)
    await visit(page, '/', /Worklist/)
    await expectNoAxeViolations(page)
    for (const id of [ids.open, ids.decided]) {
      await visit(page, `/cases/${id}`, /UM-\d{4}-\d{6}/)
      await expectNoAxeViolations(page)
    }
  })
})
