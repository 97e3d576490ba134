import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { deniedCase } from '../api/appeal-helpers.ts'
import { renderApp } from '../render-app.tsx'

afterEach(() => vi.unstubAllGlobals())

describe('/metrics', () => {
  it('a utilization reviewer gets a 403 page, not an empty table, and no nav link', async () => {
    await renderApp('/metrics', { as: 'u-rev-1' })
    expect(
      await screen.findByRole('heading', { name: 'Not allowed', level: 1 }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/403: the prior authorization metrics are for medical directors/),
    ).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', {
        name: 'Metrics',
      }),
    ).toBeNull()
  })

  it('a medical director reads each figure in words and follows a link to the cases behind it', async () => {
    const { id } = await deniedCase()
    const { user, router } = await renderApp('/metrics', { as: 'u-md-1' })
    const table = await screen.findByRole('table', { name: /Prior authorization figures/ })
    const row = within(table).getByRole('row', { name: /^Standard requests denied/ })
    expect(
      within(row).getByText(
        /standard requests? denied, of \d+ standard requests? decided in \d{4}/,
      ),
    ).toBeInTheDocument()
    const extension = within(table).getByRole('row', { name: /extended/ })
    // 42 CFR 422.122(c)(5): a share of all requests, so 0 % of every decided request, not 0 of 0.
    expect(within(extension).getByText('0 %')).toBeInTheDocument()
    expect(
      within(extension).getByText(/of \d+ requests? decided in \d{4}, standard and expedited/),
    ).toBeInTheDocument()
    expect(within(extension).getByText(/does not extend/)).toBeInTheDocument()
    // Item (1): the items and services that need prior authorization, from the policies.
    const list = screen.getByRole('table', {
      name: 'Items and services that need prior authorization',
    })
    expect(within(list).getByRole('row', { name: /M0076 HCPCS Prolotherapy/ })).toBeInTheDocument()
    // One landmark of that name, the table's scrolling region (axe landmark-unique).
    expect(
      screen.getAllByRole('region', { name: 'Items and services that need prior authorization' }),
    ).toHaveLength(1)
    await user.click(
      within(row).getByRole('link', { name: 'Cases behind: Standard requests denied' }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(router.state.location.search).toMatch(
      /urgency=standard&decidedYear=\d{4}&initialDecision=deny/,
    )
    expect(
      await screen.findByText(
        /Showing the cases behind a metric: first decided in \d{4}, first decision denied/,
      ),
    ).toBeInTheDocument()
    const cases = await screen.findByRole('table', { name: /cases?$/ })
    expect(within(cases).getAllByRole('row').length).toBeGreaterThan(1)
    expect(id).toBeTruthy()
  })

  it('downloads the table as CSV made from the service\u2019s answer', async () => {
    await deniedCase()
    const blobs: Blob[] = []
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => (blobs.push(b), 'blob:metrics'),
        revokeObjectURL: () => {},
      }),
    )
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { user } = await renderApp('/metrics', { as: 'u-md-2' })
    await user.click(await screen.findByRole('button', { name: 'Download the table as CSV' }))
    expect(click).toHaveBeenCalledTimes(1)
    const text = await blobs[0]!.text()
    expect(text.split('\r\n')[0]).toBe(
      '"Year","Line of business","Figure","Value","Unit","Numerator","Numerator in words","Denominator","Denominator in words","Note"',
    )
    expect(text).toContain('"Standard requests denied"')
  })

  it('the charts have a text alternative and the table behind them', async () => {
    await renderApp('/metrics', { as: 'u-md-1' })
    const chart = await screen.findByRole('img', { name: /First decisions per month/ })
    expect(chart).toHaveAccessibleName(expect.stringMatching(/approved and \d+ denied in the year/))
    expect(
      screen.getByRole('table', {
        name: /First decisions per month, \d{4}: the numbers behind the chart/,
      }),
    ).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /Time from receipt to decision/ })).toBeInTheDocument()
    // The value axis is labelled in steps, not only at 0 and the top.
    const ticks = [...chart.querySelectorAll('.chart__tick')].map((t) => Number(t.textContent))
    expect(ticks.length).toBeGreaterThanOrEqual(3)
    expect(ticks[0]).toBe(0)
  })
})
