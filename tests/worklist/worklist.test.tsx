import { caseStatusLabels } from '../../src/api/labels.ts'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { listCases, tokenFor } from '../review/api-helpers.ts'
import { expectedCaseIds, isOpen } from '../support/expected-cases.ts'

const table = () => screen.findByRole('table', { name: /cases/i })
const bodyRows = (t: HTMLElement) => within(t).getAllByRole('row').slice(1)
/** The case ids of the rows on screen, read from each row's link, sorted. */
const rowIds = async () =>
  bodyRows(await table())
    .map((r) =>
      decodeURIComponent(within(r).getByRole('link').getAttribute('href')!.split('/')[2]!),
    )
    .sort()

describe('the worklist', () => {
  it('lists every case in a captioned table with counts per status', async () => {
    const all = await listCases(await tokenFor('u-rev-1'))
    await renderApp('/?view=all', { as: 'u-rev-1' })
    const t = await table()
    expect(within(t).getByText(`All cases: ${all.total} cases`)).toBeInTheDocument()
    expect(bodyRows(t)).toHaveLength(all.total)
    for (const name of [
      'Case',
      'Status',
      'Member ID',
      'Age',
      'Service',
      'Line of business',
      'Urgency',
      'Due',
      'Assigned to',
    ])
      expect(within(t).getByRole('columnheader', { name })).toBeInTheDocument()

    // The counts per status sit inside the one status control, each beside its status.
    const status = screen.getByRole('combobox', { name: 'Status' })
    expect(within(status).getByRole('option', { name: `Any status (${all.total})` })).toBeVisible()
    for (const [s, label] of Object.entries(caseStatusLabels))
      expect(
        within(status).getByRole('option', {
          name: `${label} (${all.counts[s as keyof typeof all.counts]})`,
        }),
      ).toBeInTheDocument()
    // The case reference leads the row and links to the case; the member id stays masked.
    const first = bodyRows(t)[0]!
    const link = within(first).getByRole('link', { name: all.items[0]!.reference })
    expect(within(first).getAllByRole('rowheader')[0]).toContainElement(link)
    expect(link.getAttribute('href')).toBe(`/cases/${all.items[0]!.id}`)
    expect(within(first).getByText(/^••••••/)).toBeInTheDocument()
    // The member's age, counted by the service: never the date of birth.
    const age = all.items[0]!.memberAge
    expect(age).toEqual(expect.any(Number))
    expect(within(first).getAllByRole('cell')[2]).toHaveTextContent(new RegExp(`^${age}$`))
    expect(screen.queryByText(/SYN\d{7}/)).not.toBeInTheDocument()
    // A reviewer has no queue of their own.
    expect(screen.queryByRole('link', { name: 'My queue' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'My drafts' })).toBeInTheDocument()
  })

  it('opens a case from its reference in the app; a click with a modifier is left to the browser', async () => {
    const { user, router } = await renderApp('/?view=all', { as: 'u-rev-1' })
    const first = bodyRows(await table())[0]!
    const link = within(first).getAllByRole('link')[0]!
    const path = link.getAttribute('href')!

    // Ctrl-click (a new tab): the app does not take it over, so the address stays.
    const modified = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true })
    link.dispatchEvent(modified)
    expect(modified.defaultPrevented).toBe(false)
    expect(router.state.location.pathname).toBe('/')

    await user.click(link)
    await waitFor(() => expect(router.state.location.pathname).toBe(path))
    expect(router.state.historyAction).toBe('PUSH')
  })

  it('filters by status, line of business and overdue, keeping the filters in the URL', async () => {
    // Expected sets come from the database, not from the list code the screen uses.
    const now = new Date().toISOString()
    const denied = await expectedCaseIds((c) => c.status === 'denied')
    const deniedMa = await expectedCaseIds(
      (c) => c.status === 'denied' && c.input.lineOfBusiness === 'medicare-advantage',
    )
    const overdue = await expectedCaseIds((c) => isOpen(c) && c.turnaround.dueAt < now)
    const { user, router } = await renderApp('/?view=all', { as: 'u-rev-1' })
    await table()

    const status = screen.getByRole('combobox', { name: 'Status' })
    await user.selectOptions(status, within(status).getByRole('option', { name: /^Denied \(/ }))
    await waitFor(async () => expect(await rowIds()).toEqual(denied))
    for (const row of bodyRows(await table()))
      expect(within(row).getByText('Denied')).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.search).toBe('?view=all&status=denied'))

    // Line of business and the rest wait behind "More filters".
    expect(screen.queryByRole('group', { name: 'Line of business' })).toBeNull()
    const more = screen.getByRole('button', { name: 'More filters' })
    await user.click(more)
    expect(more).toHaveAttribute('aria-expanded', 'true')
    const lob = screen.getByRole('group', { name: 'Line of business' })
    await user.click(within(lob).getByRole('checkbox', { name: 'Medicare Advantage' }))
    expect(screen.getByRole('button', { name: 'More filters (1 set)' })).toBeInTheDocument()
    await waitFor(async () => expect(await rowIds()).toEqual(deniedMa))
    // The address follows once the rows are on screen (use-worklist-address.ts).
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?view=all&status=denied&lineOfBusiness=medicare-advantage',
      ),
    )

    await user.selectOptions(status, within(status).getByRole('option', { name: /^Any status/ }))
    await user.click(within(lob).getByRole('checkbox', { name: 'Medicare Advantage' }))
    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }))
    await waitFor(async () => expect(await rowIds()).toEqual(overdue))
    // Overdue reads as a word, not only a colour.
    for (const row of bodyRows(await table()))
      expect(within(row).getByText(/^Overdue by/)).toBeInTheDocument()
  })

  it('keeps an address that asks for two statuses, and one choice replaces them', async () => {
    const both = await expectedCaseIds((c) => c.status === 'approved' || c.status === 'denied')
    const denied = await expectedCaseIds((c) => c.status === 'denied')
    const { user, router } = await renderApp('/?view=all&status=approved&status=denied', {
      as: 'u-rev-1',
    })
    await waitFor(async () => expect(await rowIds()).toEqual(both))
    const status = screen.getByRole('combobox', { name: 'Status' })
    expect(within(status).getByRole('option', { selected: true })).toHaveTextContent(
      `Approved or Denied (${both.length})`,
    )
    await user.selectOptions(status, within(status).getByRole('option', { name: /^Denied \(/ }))
    await waitFor(async () => expect(await rowIds()).toEqual(denied))
    await waitFor(() => expect(router.state.location.search).toBe('?view=all&status=denied'))
  })

  it('sorts by received time and reloads the same view from the URL', async () => {
    const expedited = await expectedCaseIds((c) => c.input.urgency === 'expedited')
    const newest = await listCases(await tokenFor('u-rev-1'), '&urgency=expedited&sort=-receivedAt')
    const { user, router } = await renderApp('/?view=all&urgency=expedited', { as: 'u-rev-1' })
    // A filter set in the address opens "More filters", so it shows what narrows the list.
    expect(await screen.findByRole('checkbox', { name: 'Expedited' })).toBeChecked()
    await waitFor(async () => expect(await rowIds()).toEqual(expedited))
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sort by' }),
      'Received, newest first',
    )
    await waitFor(() =>
      expect(router.state.location.search).toBe('?view=all&urgency=expedited&sort=-receivedAt'),
    )
    await waitFor(async () =>
      expect(bodyRows(await table()).map((r) => within(r).getByRole('link').textContent)).toEqual(
        newest.items.map((c) => c.reference),
      ),
    )
  })

  it('lands a medical director on "My queue": cases they can act on now, soonest due first', async () => {
    const mine = await expectedCaseIds(
      (c) => c.status === 'pending-md-review' && c.assignedTo?.id === 'u-md-1',
    )
    const { user, router } = await renderApp('/', { as: 'u-md-1' })
    await table()
    await user.click(screen.getByRole('link', { name: 'All cases' }))
    await waitFor(() => expect(router.state.location.search).toBe('?view=all'))
    await user.click(screen.getByRole('link', { name: 'My queue' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
    await waitFor(async () =>
      expect(
        within(await table()).getByText(
          `My queue: ${mine.length} ${mine.length === 1 ? 'case' : 'cases'}`,
        ),
      ).toBeInTheDocument(),
    )
    expect(await rowIds()).toEqual(mine)
    const rows = bodyRows(await table())
    for (const row of rows)
      // Pended cases wait for the provider: not in the queue of things to act on now.
      expect(
        within(row).queryByText(/^(Approved|Denied|Pended for information)$/),
      ).not.toBeInTheDocument()
    // One time per row, its due time; and every case in the queue is the director's.
    const due = rows.map((r) => r.querySelector('time')!.getAttribute('datetime')!)
    expect([...due].sort()).toEqual(due)
    for (const row of rows)
      expect(within(row).getByRole('cell', { name: 'Dr. Avery Lindqvist' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'My queue' })).toHaveAttribute('aria-current', 'page')
  })

  it('lands a reviewer on the open work, soonest due first (issue 31)', async () => {
    const open = await expectedCaseIds(isOpen)
    const { user, router } = await renderApp('/', { as: 'u-rev-1' })
    const t = await screen.findByRole('table', { name: /^Open cases: / }, { timeout: 10_000 })
    expect(within(t).getByText(`Open cases: ${open.length} cases`)).toBeInTheDocument()
    expect(await rowIds()).toEqual(open)
    const rows = bodyRows(t)
    // No decided case heads the list: every row still waits on the plan.
    for (const row of rows) expect(row).not.toHaveTextContent('(decided)')
    const due = rows.map((r) => r.querySelector('time')!.getAttribute('datetime')!)
    expect([...due].sort()).toEqual(due)
    const views = screen.getByRole('navigation', { name: 'Worklist views' })
    expect(within(views).getByRole('link', { name: 'Open cases' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    // The status filter offers only what the view can hold.
    const status = () => screen.getByRole('combobox', { name: 'Status' })
    expect(within(status()).queryByRole('option', { name: /^Denied/ })).toBeNull()
    // Every case is one click away.
    await user.click(within(views).getByRole('link', { name: 'All cases' }))
    await waitFor(() => expect(router.state.location.search).toBe('?view=all'))
    expect(
      await within(status()).findByRole('option', { name: /^Denied \(\d+\)$/ }),
    ).toBeInTheDocument()
  })

  it('pages through 10,000 cases 50 at a time', async () => {
    await fetch('/api/__mock/seed-cases', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ count: 10_000 }),
    })
    const { user } = await renderApp('/?view=all', { as: 'u-md-2' })
    const t = await table()
    expect(bodyRows(t)).toHaveLength(50)
    expect(screen.getByText(/Showing 50 of 10,?020/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show more cases' }))
    await waitFor(async () => expect(bodyRows(await table())).toHaveLength(100))
  })
})
