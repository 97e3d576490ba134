import { expect, test } from '@playwright/test'
import { demoUsers, focusedName, expectNoAxeViolations, resetMock, signIn } from './support.ts'

/** Issue 31: a nurse enters a case and starts the next in at most this many Tabs. */
const NURSE_TAB_BUDGET = 25

test(`keyboard only: a nurse enters a case and starts the next in at most ${NURSE_TAB_BUDGET} Tabs`, async ({
  page,
}) => {
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  // A fresh load of the page, as a nurse starting the day: every Tab from the top counts.
  await page.goto('/cases/new')
  await expect(page.getByLabel('Member ID')).toBeVisible()
  const log: string[] = []
  let tabs = 0
  const tab = async () => {
    await page.keyboard.press('Tab')
    tabs += 1
    const name = await focusedName(page)
    log.push(`${tabs}: ${name || '(nothing)'}`)
    return name
  }
  const tabTo = async (target: RegExp) => {
    for (let i = 0; i < 60; i++) if (target.test(await tab())) return
    throw new Error(`No focusable element matching ${target}; Tabs went to:\n${log.join('\n')}`)
  }
  const field = async (id: RegExp, keys: string) => {
    await tabTo(id)
    await page.keyboard.type(keys)
  }
  const date = async (id: RegExp, [month, day, year]: [string, string, string]) => {
    await field(id, month)
    for (const part of [day, year]) {
      await tab()
      await page.keyboard.type(part)
    }
  }
  const choose = async (id: RegExp) => {
    await tabTo(id)
    await page.keyboard.press('Space')
  }
  // The first Tab reaches the skip link; past the header in one Enter.
  await tabTo(/Skip to main content/)
  expect(tabs).toBe(1)
  await page.keyboard.press('Enter')
  await field(/^memberId\b/, 'AB 1234-5678')
  await date(/^dateOfBirth\b/, ['05', '17', '1952'])
  await choose(/^lineOfBusiness\b/)
  await choose(/^plan\b/)
  await field(/^serviceCode\b/, 'prolotherapy')
  await expect(page.getByRole('option', { name: /M0076/ })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('combobox', { name: 'Service code' })).toHaveValue('M0076')
  await field(/^diagnosisCodes\b/, 'm5450')
  await date(/^dateOfService\b/, ['12', '14', '2026'])
  await choose(/^urgency\b/)
  await choose(/^requestChannel\b/)
  await tabTo(/Submit case/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /^Case UM-\d{4}-\d{6}$/ })).toBeFocused()
  await expect(page.getByText(/^Case UM-\d{4}-\d{6} created/)).toBeVisible()
  await tabTo(/Enter another case/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible()
  // The next case starts where the typing does, not back at the header.
  await expect(page.getByLabel('Member ID')).toBeFocused()
  console.log(log.join('\n'))
  console.log(`Nurse: ${tabs} Tab presses to enter a case and start the next`)
  expect(tabs, log.join('\n')).toBeLessThanOrEqual(NURSE_TAB_BUDGET)
})

test('"Request received" changed by keyboard: four boxes that keep what is typed, 40 px tall, axe clean', async ({
  page,
}) => {
  await resetMock(page)
  await signIn(page, demoUsers.reviewer)
  await page.goto('/cases/new')
  await page.getByRole('button', { name: 'Change when the request was received' }).press('Enter')
  const received = page.getByRole('group', { name: 'Request received' })
  await expect(received.getByLabel('Month')).toBeFocused()
  for (const label of ['Month', 'Day', 'Year', 'Time']) {
    const box = await received.getByLabel(label).boundingBox()
    expect(box && box.height >= 40 && box.width >= 40, `${label} is a 40 px target`).toBe(true)
  }
  // Digits typed into the middle of a box stay (the native field dropped them).
  const day = received.getByLabel('Day')
  await day.fill('15')
  await day.press('Home')
  await page.keyboard.press('Delete')
  await page.keyboard.type('0')
  await expect(day).toHaveValue('05')
  await received.getByLabel('Month').fill('1')
  await received.getByLabel('Year').fill('2026')
  await received.getByLabel('Time').fill('2:30')
  await page.getByRole('radio', { name: 'Standard' }).focus()
  await expect(received).toHaveAccessibleDescription(/Error: Add AM or PM to the time/)
  await expectNoAxeViolations(page)
  await received.getByLabel('Time').fill('2:30 PM')
  await page.getByRole('radio', { name: 'Standard' }).focus()
  await expect(received).not.toHaveAccessibleDescription(/Error/)
  // Entered more than an hour after it was received: the reason is asked for.
  await expect(page.getByLabel('Reason for late entry')).toBeVisible()
})
