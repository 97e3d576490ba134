import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { apiAs, readCase, tokenFor } from './api-helpers.ts'
import { auditTrail, decisionPanel, openCaseFor } from './review-helpers.ts'

const casePage = (id: string) => renderApp(`/cases/${id}`, { as: 'u-md-1' })

describe('evidence opened before deciding', () => {
  it('records the sections and rows a director opens from the case page, and the decision lists them', async () => {
    const c = await openCaseFor('u-md-1')
    const view = await casePage(c.id)
    // The case is named by its reference, and the decision is one link away.
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: `Case ${c.reference}` },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to decision' })).toHaveAttribute(
      'href',
      '#case-decision',
    )
    const status = screen.getByRole('region', { name: /^Case status/ })
    expect(status).toHaveTextContent('Next step: Decide this case')

    // An "Evidence Table" link of the MTAC evidence opens the study's row beside the case:
    // the address stays the case's, and the reading is recorded on it.
    await view.user.click(await screen.findByRole('link', { name: /Evidence Table: Ongley 1987/ }))
    // First use of the policy's code: a busy machine may take a while to load it.
    const slow = { timeout: 5000 }
    let beside = await screen.findByRole(
      'dialog',
      { name: 'Evidence tables: Prolotherapy/Sclerotherapy' },
      slow,
    )
    expect(await within(beside).findByRole('row', { name: /Ongley/ }, slow)).toHaveAttribute(
      'aria-current',
      'true',
    )
    expect(view.router.state.location.pathname).toBe(`/cases/${c.id}`)
    expect(view.router.state.location.search).toBe('')
    await view.user.click(within(beside).getByRole('button', { name: /^Close/ }))
    await waitFor(async () =>
      expect(await auditTrail()).toHaveTextContent(
        /Opened evidence row “Ongley.*1987\)” from the case page/,
      ),
    )
    const reading = screen.getByRole('navigation', { name: 'Read the policy' })
    await view.user.click(within(reading).getByRole('link', { name: 'Criteria' }))
    beside = await screen.findByRole('dialog', { name: 'Prolotherapy/Sclerotherapy' }, slow)
    expect(await within(beside).findByRole('region', { name: 'Criteria' })).toHaveFocus()
    expect(view.router.state.location.hash).toBe('')
    await view.user.keyboard('{Escape}')
    await waitFor(async () =>
      expect(await auditTrail()).toHaveTextContent(/Opened policy section “Criteria”/),
    )
    view.unmount()

    // Decided elsewhere (another tab): the record is the service's, computed at the decision.
    const token = await tokenFor('u-md-1')
    const { etag } = await readCase(token, c.id)
    const res = await apiAs(token, `/cases/${c.id}/decision`, {
      method: 'POST',
      headers: { 'If-Match': etag },
      body: JSON.stringify({ action: 'approve', rationale: 'Read.', peerToPeerOffered: false }),
    })
    expect(res.status).toBe(200)

    await casePage(c.id)
    const panel = await decisionPanel()
    const term = await within(panel).findByText('Evidence opened before deciding')
    const opened = within(term.nextElementSibling as HTMLElement).getAllByRole('listitem')
    expect(opened.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Ongley.*1987\) \(evidence row\)$/),
      'Criteria (policy section)',
    ])
  })

  it('a reviewer reading from the case page is not recorded', async () => {
    const c = await openCaseFor('u-md-1')
    const view = await renderApp(`/cases/${c.id}`, { as: 'u-rev-1' })
    await view.user.click(
      await screen.findByRole('link', { name: /Evidence Table: Ongley 1987/ }, { timeout: 5000 }),
    )
    const beside = await screen.findByRole(
      'dialog',
      { name: /^Evidence tables/ },
      { timeout: 5000 },
    )
    expect(await within(beside).findByRole('row', { name: /Ongley/ })).toBeInTheDocument()
    view.unmount()
    await renderApp(`/cases/${c.id}`, { as: 'u-rev-1' })
    const trail = await auditTrail()
    await within(trail).findAllByRole('listitem')
    expect(trail).not.toHaveTextContent('Opened evidence row')
    expect(screen.getByRole('region', { name: /^Case status/ })).toHaveTextContent(
      'Next step: Waiting for a medical director to decide.',
    )
  })
})
