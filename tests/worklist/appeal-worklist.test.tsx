import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { StoredCase } from '../../src/api/schemas/case.ts'
import { deniedCase, postAppeal, validAppeal } from '../api/appeal-helpers.ts'
import { renderApp, signInAs } from '../render-app.tsx'

const medicare = { lineOfBusiness: 'medicare-advantage', groupFunding: undefined }

async function appealedCase(over: Record<string, unknown>, urgency = 'standard') {
  const { id } = await deniedCase(over, 'u-md-1')
  const res = await postAppeal(id, await signInAs('u-rev-1'), validAppeal({ urgency }))
  if (res.status !== 201) throw new Error(`Appeal failed: ${res.status}`)
  return res.body as StoredCase
}
const rowOf = async (reference: string) => {
  const t = await screen.findByRole('table', { name: /cases/i }, { timeout: 10_000 })
  const link = await within(t).findByRole('link', { name: reference })
  return link.closest('tr')!
}

describe('appeals on the worklist', () => {
  it('My queue of the second director holds the appeal, with "Appeal due" on its own clock', async () => {
    const ma = await appealedCase(medicare)
    const wa = await appealedCase({}, 'expedited')
    const { user } = await renderApp('/', { as: 'u-md-2' })
    expect(
      await screen.findByRole('link', { name: 'My queue' }, { timeout: 10_000 }),
    ).toHaveAttribute('aria-current', 'page')
    const row = await rowOf(ma.reference)
    expect(row).toHaveTextContent('Appeal in review')
    expect(within(row).getByText(/^Appeal due/)).toHaveTextContent(/(PST|PDT)/)
    // Washington's expedited appeal rule is not confirmed: no guessed due time.
    expect(await rowOf(wa.reference)).toHaveTextContent('Appeal due: no confirmed rule')
    // The status filter offers the appeal statuses and keeps only them.
    await user.click(screen.getByRole('link', { name: 'All cases' }))
    const status = await screen.findByRole('combobox', { name: 'Status' })
    await user.selectOptions(
      status,
      await within(status).findByRole('option', { name: /^Appeal in review \(\d+\)$/ }),
    )
    const t = await screen.findByRole('table', { name: /cases/i })
    const rows = within(t).getAllByRole('row').slice(1)
    expect(rows.length).toBeGreaterThanOrEqual(2)
    for (const r of rows) expect(r).toHaveTextContent('Appeal in review')
  })

  it('the director who denied does not find the appeal in their queue', async () => {
    const ma = await appealedCase(medicare)
    await renderApp('/', { as: 'u-md-1' })
    expect(
      await screen.findByRole('link', { name: 'My queue' }, { timeout: 10_000 }),
    ).toHaveAttribute('aria-current', 'page')
    await screen.findByRole('table', { name: /cases/i }, { timeout: 10_000 })
    expect(screen.queryByRole('link', { name: ma.reference })).toBeNull()
  })
})
