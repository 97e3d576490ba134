import { expect, test, type Page } from '@playwright/test'
import { apiGet, injectFault } from './fault-support.ts'
import { demoUsers, resetMock, signIn } from './support.ts'

// A worklist filter shows its rows first and writes the address a frame after they paint
// (src/features/cases/worklist/use-worklist-address.ts). The address must still follow
// every change, Back and Forward must walk the changes, a reload must keep the last one,
// and a change still waiting for its rows must give way to a link followed meanwhile.

const search = (page: Page) => new URL(page.url()).search
const cases = (n: number) => `All cases: ${n} ${n === 1 ? 'case' : 'cases'}`

async function allCases(page: Page) {
  await resetMock(page)
  await signIn(page, demoUsers.director)
  await page.getByRole('link', { name: 'All cases' }).click()
  await expect(page).toHaveURL(/\/\?view=all$/)
  const total = (await apiGet<{ total: number }>(page, '/cases?limit=1')).total
  const table = page.getByRole('table', { name: /cases/i })
  await expect(table.locator('caption')).toHaveText(cases(total))
  return { table, total }
}

test('each filter change reaches the address after its rows; Back, Forward and reload follow', async ({
  page,
}) => {
  const { table, total } = await allCases(page)
  const status = page.getByRole('combobox', { name: 'Status' })
  await page.getByRole('button', { name: 'More filters' }).click()
  const medicare = page
    .getByRole('group', { name: 'Line of business' })
    .getByRole('checkbox', { name: 'Medicare Advantage' })
  const nDenied = (await apiGet<{ total: number }>(page, '/cases?limit=1&status=denied')).total
  const nBoth = (
    await apiGet<{ total: number }>(
      page,
      '/cases?limit=1&status=denied&lineOfBusiness=medicare-advantage',
    )
  ).total
  expect(nBoth).toBeLessThan(nDenied)

  await status.selectOption('denied')
  await expect(table.locator('caption')).toHaveText(cases(nDenied))
  await expect(page).toHaveURL(/\?view=all&status=denied$/)
  await medicare.check()
  await expect(table.locator('caption')).toHaveText(cases(nBoth))
  await expect(page).toHaveURL(/\?view=all&status=denied&lineOfBusiness=medicare-advantage$/)

  await page.goBack()
  await expect(page).toHaveURL(/\?view=all&status=denied$/)
  await expect(table.locator('caption')).toHaveText(cases(nDenied))
  await expect(medicare).not.toBeChecked()
  await expect(status).toHaveValue('denied')
  await page.goBack()
  await expect(page).toHaveURL(/\/\?view=all$/)
  await expect(table.locator('caption')).toHaveText(cases(total))
  await expect(status).toHaveValue('')
  await page.goForward()
  await expect(table.locator('caption')).toHaveText(cases(nDenied))
  await expect(status).toHaveValue('denied')

  await page.reload()
  await expect(table.locator('caption')).toHaveText(cases(nDenied))
  await expect(status).toHaveValue('denied')
  expect(search(page)).toBe('?view=all&status=denied')
})

test('a change still waiting for its rows gives way to a link followed meanwhile', async ({
  page,
}) => {
  const { table } = await allCases(page)
  // The next list answer (the denied cases) takes 1.5 s.
  await injectFault(page, { method: 'GET', path: '/cases' }, 'slow', { times: 1, delayMs: 1500 })
  const status = page.getByRole('combobox', { name: 'Status' })
  await status.selectOption('denied')
  await expect(status).toHaveValue('denied')
  // The rows have not come, so the address has not moved.
  expect(search(page)).toBe('?view=all')

  await page.getByRole('link', { name: 'My queue' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(table.locator('caption')).toHaveText(/^My queue: /)
  // Once the slow answer has come, neither the address nor the screen goes back to it.
  await page.waitForTimeout(2000)
  expect(search(page)).toBe('')
  await expect(table.locator('caption')).toHaveText(/^My queue: /)
  await expect(status).toHaveValue('')
})
