import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { listCases, tokenFor } from './api-helpers.ts'
import { decisionPanel, openCaseFor, typeDenial } from './review-helpers.ts'

describe('a director’s day: from one case to the next', () => {
  it('after a decision, "Decide the next case" opens the next case of My queue, heading focused', async () => {
    const queue = await listCases(
      await tokenFor('u-md-1'),
      '&assignedToMe=true&status=pending-md-review&sort=dueAt',
    )
    expect(queue.items.length).toBeGreaterThan(1)
    const [first, second] = queue.items
    const { user, router } = await renderApp('/', { as: 'u-md-1' })
    // The director lands on My queue, most urgent (soonest due) first.
    const table = await screen.findByRole('table', { name: /^My queue/ }, { timeout: 10_000 })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(queue.total)
    await user.click(within(rows[0]!).getByRole('link', { name: /^UM-\d{4}-\d{6}$/ }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${first!.id}`), {
      timeout: 10_000, // the case page's chunk loads on first use
    })

    const panel = await decisionPanel()
    await user.click(within(panel).getByRole('radio', { name: /^Approve$/ }))
    await user.type(within(panel).getByRole('textbox', { name: /^Rationale/ }), 'Approved.')
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Confirm approval' }))
    await within(panel).findByText(/Decision recorded/)

    await user.click(await screen.findByRole('button', { name: 'Decide the next case' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${second!.id}`))
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 1, name: /^Case UM-\d{4}-\d{6}$/ }),
      ).toHaveFocus(),
    )
    // Nothing of the last case's decision carries over to this one.
    expect(screen.queryByText(/Decision recorded/)).not.toBeInTheDocument()
  })
})

describe('"Decide the next case" is kept (issue 31)', () => {
  it('after a decision, a visit to a notice and back to the case still offers the next case', async () => {
    const c = await openCaseFor('u-md-1')
    const { user, router } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await typeDenial(user, panel)
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Confirm denial' }))
    await within(panel).findByText(/Decision recorded/)
    expect(await screen.findByRole('button', { name: 'Decide the next case' })).toBeVisible()

    await user.click(within(panel).getByRole('link', { name: 'Member notice' }))
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/cases/${c.id}/notices/member`),
    )
    await user.click(await screen.findByRole('link', { name: 'Back to the case' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${c.id}`))
    expect(
      await screen.findByRole('button', { name: 'Decide the next case' }, { timeout: 10_000 }),
    ).toBeVisible()
    // The announcement was made once: it is not made again.
    expect(screen.queryByText(/Decision recorded/)).toBeNull()
  })
})
