import { screen, waitFor, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node.ts'
import { deniedCase, postAppeal, validAppeal } from '../api/appeal-helpers.ts'
import { renderApp, signInAs } from '../render-app.tsx'
import { decisionPanel, openCaseFor, typeDenial } from './review-helpers.ts'

/**
 * Issue 31: after every confirm, focus goes to the result (not the page body), and what
 * is announced stays as announced. The refreshes that follow a decision answer in any
 * order on a real network: here one of them is held back, as a slow one would be.
 */
const holdBack = (path: string, ms = 400) =>
  server.use(
    http.get(
      `*/api${path}`,
      async () => {
        await delay(ms)
      },
      { once: true },
    ),
  )

describe('after a confirm', () => {
  it('"Confirm denial": focus moves to the result even when the case answers before the rest', async () => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await typeDenial(user, panel)
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    const dialog = await screen.findByRole('dialog', { name: 'Deny this case?' })
    // The case's refresh lands first; the audit trail's comes later.
    holdBack('/cases/:id/audit')
    await user.click(within(dialog).getByRole('button', { name: 'Confirm denial' }))
    const recorded = await within(panel).findByText(/Decision recorded/)
    await waitFor(() => expect(recorded.closest('.notice')).toHaveFocus())
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it.each([
    ['Confirm approval', /^Approve$/, 'Decision recorded. The case is approved.'],
    [
      'Confirm pend',
      /^Pend for information$/,
      'Decision recorded. The case is pended for information.',
    ],
  ])('"%s": focus moves to the result', async (confirm, action, words) => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await user.click(within(panel).getByRole('radio', { name: action }))
    const needed = within(panel).queryByRole('textbox', { name: /Information needed/ })
    if (needed) await user.type(needed, 'The imaging report.')
    await user.type(within(panel).getByRole('textbox', { name: /^Rationale/ }), 'On review.')
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    const dialog = await screen.findByRole('dialog')
    holdBack('/cases/:id/audit')
    await user.click(within(dialog).getByRole('button', { name: confirm }))
    const recorded = await within(panel).findByText(words)
    await waitFor(() => expect(recorded.closest('.notice')).toHaveFocus())
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('the appeal: the message is final when announced, and takes focus once the dialog is closed', async () => {
    const { id } = await deniedCase(
      { lineOfBusiness: 'medicare-advantage', groupFunding: undefined },
      'u-md-1',
    )
    await postAppeal(id, await signInAs('u-rev-1'), validAppeal())
    const { user } = await renderApp(`/cases/${id}`, { as: 'u-md-2' })
    const panel = await screen.findByRole('region', { name: 'Appeal' }, { timeout: 10_000 })
    await within(panel).findByRole('heading', { name: 'Decide the appeal' })
    await user.click(within(panel).getByRole('radio', { name: 'Uphold the denial' }))
    await user.type(
      within(panel).getByRole('textbox', { name: /Reason specific to the member/ }),
      'The new letter does not change what the studies show.',
    )
    await user.type(within(panel).getByRole('textbox', { name: /^Rationale/ }), 'No new evidence.')
    const peer = within(panel).getByRole('group', { name: /Peer-to-peer conversation offered/ })
    await user.click(within(peer).getByRole('radio', { name: 'No' }))
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    const dialog = await screen.findByRole('dialog', { name: 'Uphold the denial?' })
    // The case's refresh after the decision is slow: the page still holds the appeal in review.
    holdBack('/cases/:id')
    await user.click(within(dialog).getByRole('button', { name: 'Confirm the denial is upheld' }))
    const recorded = await within(panel).findByText(/Appeal decision recorded\./)
    const words =
      'Appeal decision recorded. The denial is upheld and the case is forwarded to independent review. The appeal notices are issued.'
    expect(recorded).toHaveTextContent(words)
    await waitFor(() => expect(recorded.closest('[role="status"]')).toHaveFocus())
    expect(screen.queryByRole('dialog')).toBeNull()
    // The refresh lands: the words do not change under the reader.
    await within(panel).findByRole('heading', { name: 'Denial upheld on appeal' })
    expect(within(panel).getByText(/Appeal decision recorded\./)).toHaveTextContent(words)
  })

  it('"Record the appeal": focus moves to the result, not the page body', async () => {
    const { id } = await deniedCase({ lineOfBusiness: 'individual-family' }, 'u-md-1')
    const { user } = await renderApp(`/cases/${id}`, { as: 'u-rev-1' })
    const panel = await screen.findByRole('region', { name: 'Appeal' }, { timeout: 10_000 })
    await user.click(within(panel).getByRole('button', { name: 'Record an appeal' }))
    // Cancel goes back to the button that opened the form.
    await user.click(within(panel).getByRole('button', { name: 'Cancel' }))
    expect(within(panel).getByRole('button', { name: 'Record an appeal' })).toHaveFocus()
    await user.click(within(panel).getByRole('button', { name: 'Record an appeal' }))
    await user.click(within(panel).getByRole('radio', { name: 'The member' }))
    await user.click(within(panel).getByRole('radio', { name: 'Standard' }))
    await user.click(within(panel).getByRole('radio', { name: 'Mail' }))
    await user.type(within(panel).getByRole('textbox', { name: /Reason given/ }), 'It helped.')
    // The case's refresh shows the appeal (and takes the form away) before the audit
    // trail's lands: the result must not wait on the form still being there.
    holdBack('/cases/:id/audit')
    await user.click(within(panel).getByRole('button', { name: 'Record the appeal' }))
    const notice = await within(panel).findByText(/^Appeal recorded\./)
    await waitFor(() => expect(notice.closest('[role="status"]')).toHaveFocus())
  })
})
