import { expect, test, type Page } from '@playwright/test'
import {
  demoUsers,
  expectNoAxeViolations,
  fillDate,
  freshData,
  resetMock,
  signIn,
} from './support.ts'

async function fillMedicareCase(page: Page) {
  await page.getByLabel('Member ID').fill('AB12345678')
  await fillDate(page, 'Date of birth', '1952-05-17')
  await page.getByRole('radio', { name: /^Medicare Advantage/ }).check()
  await page.getByRole('radio', { name: /^Kaiser Foundation Health Plan of Washington$/ }).check()
  // The look-up, as a person would use it: type a name, pick with the keyboard.
  const code = page.getByRole('combobox', { name: 'Service code' })
  await code.fill('prolo')
  await expect(page.getByRole('option', { name: /M0076/ })).toBeVisible()
  await code.press('ArrowDown')
  await code.press('Enter')
  await expect(code).toHaveValue('M0076')
  await page.getByLabel('Diagnosis code 1').fill('m5450')
  await page.getByLabel('Diagnosis code 1').press('Tab')
  await expect(page.getByLabel('Diagnosis code 1')).toHaveValue('M54.50')
  await fillDate(page, 'Date of service', '2026-12-14')
  await page.getByRole('radio', { name: 'Standard' }).check()
  await page.getByRole('radio', { name: /^Electronic/ }).check()
}

test('a new reviewer enters a case and sees the determination beside the evidence', async ({
  page,
}) => {
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New case' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible()

  // An empty submit: the error summary takes focus and the title says "Error: ".
  await page.getByRole('button', { name: 'Submit case' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeFocused()
  await expect(page).toHaveTitle(/^Error: New case/)
  await expectNoAxeViolations(page)

  await fillMedicareCase(page)
  await expect(page.getByText(/Draft saved/)).toBeVisible()
  await expect(page).toHaveURL(/\/cases\/new\?draft=[0-9a-f-]{36}$/)
  await page.getByRole('button', { name: 'Submit case' }).click()

  await expect(page).toHaveURL(/\/cases\/(?!new)[^/?]+$/)
  const determination = page.getByRole('region', { name: 'Determination' })
  await expect(determination.getByText('Not covered (Medicare)')).toBeVisible()
  await expect(determination.getByRole('figure')).toContainText(
    'This service is not covered per Medicare criteria.',
  )
  const evidence = page.getByRole('region', { name: 'MTAC evidence conclusions' })
  await expect(evidence.getByRole('heading', { name: '06/09/1999: MTAC REVIEW' })).toBeVisible()

  // Side by side on a wide screen (room for the decision column too): the determination
  // starts level with, and right of, the case's details (issue 31).
  await page.setViewportSize({ width: 1680, height: 900 })
  const details = page.getByRole('region', { name: 'Case details' })
  const [f, d] = [await details.boundingBox(), await determination.boundingBox()]
  expect(f && d && d.x > f.x + f.width - 1 && Math.abs(f.y - d.y) < 2).toBe(true)
  await page.setViewportSize({ width: 1280, height: 720 })
  await expectNoAxeViolations(page)

  await page.reload()
  await expect(determination.getByText('Not covered (Medicare)')).toBeVisible()
  await expect(page.getByText('••••••5678')).toBeVisible()
  await expect(evidence.getByRole('heading', { name: '04/10/2002: MTAC REVIEW' })).toBeVisible()

  // Stacked on a narrow screen.
  await page.setViewportSize({ width: 600, height: 900 })
  const [d2, e2] = [await determination.boundingBox(), await evidence.boundingBox()]
  expect(d2 && e2 && e2.y >= d2.y + d2.height - 1).toBe(true)

  // An article's "Evidence Table" link opens the studies beside the case, at its row.
  await evidence.getByText(/^Evidence conclusion and articles, 04\/10\/2002/).click()
  await evidence.getByRole('link', { name: 'Evidence Table: Dechow 1999' }).click()
  const beside = page.getByRole('dialog', { name: /^Evidence tables/ })
  const row = beside.getByRole('row', { name: /Dechow E, Davies RK/ })
  await expect(row).toHaveAttribute('aria-current', 'true')
  await expect(row).toBeInViewport()
  await beside.getByRole('button', { name: 'Close and return to the case' }).click()
  await expect(determination.getByText('Not covered (Medicare)')).toBeVisible()
})

const draftResumes = (page: Page) =>
  test.step('a draft resumes after a reload', async () => {
    await page.goto('/cases/new')
    await page.getByLabel('Member ID').fill('QQ11223344')
    await expect(page.getByText(/Draft saved/)).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('Member ID')).toHaveValue('QQ11223344')
    await expect(page.getByRole('link', { name: /Member ••••••3344/ })).toBeVisible()
  })

const messageKeepsClick = (page: Page) =>
  test.step('a message shown on leaving a field does not swallow the click that left it', async () => {
    await page.goto('/cases/new')
    await page.getByLabel('Member ID').fill('AB1')
    // The message above pushes the radios down; the press must still pick the radio.
    await page.getByRole('radio', { name: /^Commercial \(group\)/ }).check()
    await expect(page.getByText('Member ID must be 6 to 20 letters and digits')).toBeVisible()
    await expect(page.getByRole('group', { name: 'Group funding' })).toBeVisible()
  })

const onAPhone = (page: Page) =>
  test.step('on a phone the form comes first, and each radio is a 40 px target beside its label', async () => {
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 })
      await page.goto('/cases/new')
      // Typed entry first: the member ID is on the first screen; the import is one button.
      await expect(page.getByLabel('Member ID')).toBeInViewport()
      await expect(page.getByRole('button', { name: 'Import a PAS request' })).toHaveAttribute(
        'aria-expanded',
        'false',
      )
      await expect(page.getByLabel('PAS request file')).toHaveCount(0)
      const form = page.getByRole('form', { name: 'New case' })
      // Every radio and its label measured in one trip to the page, not three per radio.
      const radios = await form.getByRole('radio').evaluateAll((els) =>
        els.map((el) => {
          const rect = (e: Element | null) => {
            const r = e?.getBoundingClientRect()
            return r && r.width > 0 && r.height > 0
              ? { x: r.x, y: r.y, width: r.width, height: r.height }
              : null
          }
          const label = el.closest('form')?.querySelector(`label[for="${CSS.escape(el.id)}"]`)
          return { id: el.id, box: rect(el), label: rect(label ?? null) }
        }),
      )
      expect(radios.length).toBeGreaterThan(0)
      for (const { id, box, label } of radios) {
        expect(box && box.width >= 40 && box.height >= 40, `${id} at ${width} px`).toBe(true)
        // Beside it, starting on the same row: never wrapped below or pushed away.
        const together =
          box && label && label.x >= box.x + box.width - 1 && label.x <= box.x + box.width + 16
        expect(together && Math.abs(label.y - box.y) < 8, `${id} label at ${width} px`).toBe(true)
      }
      const dob = page.getByRole('group', { name: 'Date of birth' })
      const [month, year] = [
        await dob.getByLabel('Month').boundingBox(),
        await dob.getByLabel('Year').boundingBox(),
      ]
      expect(
        month && year && Math.abs(month.y - year.y) < 2,
        `date boxes in a row at ${width}`,
      ).toBe(true)
    }
    await expectNoAxeViolations(page)
  })

// The form's three smaller checks in one test, each a step from the seed again (no drafts)
// and its own load of the form: a new browser context, the mock's start and a sign-in were
// most of each test's time (issue 32).
test('the case form: a draft resumes, a message keeps the click, on a phone', async ({ page }) => {
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await draftResumes(page)
  await freshData(page)
  await messageKeepsClick(page)
  await freshData(page)
  await onAPhone(page)
})
