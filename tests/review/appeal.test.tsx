import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { deniedCase, postAppeal, validAppeal } from '../api/appeal-helpers.ts'
import { renderApp, signInAs } from '../render-app.tsx'

const medicare = { lineOfBusiness: 'medicare-advantage', groupFunding: undefined }
// The first render of the file also loads the case page's code: allow it the time.
const appealPanel = () => screen.findByRole('region', { name: 'Appeal' }, { timeout: 5000 })

describe('the appeal on the case page', () => {
  it('a reviewer records an appeal: errors are linked and nothing typed is lost, then the clock shows', async () => {
    const { id } = await deniedCase(medicare, 'u-md-1')
    const { user } = await renderApp(`/cases/${id}`, { as: 'u-rev-1' })
    const panel = await appealPanel()
    await user.click(within(panel).getByRole('button', { name: 'Record an appeal' }))
    await user.type(
      within(panel).getByRole('textbox', { name: /Reason given/ }),
      'It helped before.',
    )
    await user.click(within(panel).getByRole('button', { name: 'Record the appeal' }))
    const summary = await within(panel).findByRole('alert')
    expect(
      within(summary).getByRole('link', { name: 'Select who asked for the appeal' }),
    ).toHaveAttribute('href', '#appeal-requestedBy')
    expect(within(panel).getByRole('textbox', { name: /Reason given/ })).toHaveValue(
      'It helped before.',
    )
    await user.click(within(panel).getByRole('radio', { name: 'The member' }))
    await user.click(within(panel).getByRole('radio', { name: 'Expedited' }))
    await user.click(within(panel).getByRole('radio', { name: 'Mail' }))
    await user.click(within(panel).getByRole('button', { name: 'Record the appeal' }))
    expect(
      await within(panel).findByText(/Medicare Advantage reconsideration, expedited: 72 hours/),
    ).toBeInTheDocument()
    expect(within(panel).getByText('It helped before.')).toBeInTheDocument()
    expect(within(panel).getByText(/awaits a decision by Dr\. Rowan Okafor/)).toBeInTheDocument()
    expect(within(panel).queryByRole('heading', { name: 'Decide the appeal' })).toBeNull()
  })

  it('the medical director who denied is not offered the appeal decision', async () => {
    const { id } = await deniedCase(medicare, 'u-md-1')
    await postAppeal(id, await signInAs('u-rev-1'), validAppeal())
    await renderApp(`/cases/${id}`, { as: 'u-md-1' })
    const panel = await appealPanel()
    expect(
      await within(panel).findByText(
        /You made the denial, so a different medical director decides/,
      ),
    ).toBeInTheDocument()
    expect(within(panel).queryByRole('heading', { name: 'Decide the appeal' })).toBeNull()
  })

  it('a second director upholds a Medicare Advantage denial: forwarded to independent review, dated', async () => {
    const { id } = await deniedCase(medicare, 'u-md-1')
    await postAppeal(id, await signInAs('u-rev-1'), validAppeal())
    const { user } = await renderApp(`/cases/${id}`, { as: 'u-md-2' })
    const panel = await appealPanel()
    await within(panel).findByRole('heading', { name: 'Decide the appeal' })
    await user.click(within(panel).getByRole('radio', { name: 'Uphold the denial' }))
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    // The first decision's rules: an upheld denial needs a reason for the member and a rationale.
    const errors = await within(panel).findByRole('alert')
    expect(
      within(errors).getByRole('link', { name: 'Enter the reason specific to the member' }),
    ).toBeInTheDocument()
    await user.type(
      within(panel).getByRole('textbox', { name: /Reason specific to the member/ }),
      'The new letter does not change what the studies show.',
    )
    await user.type(within(panel).getByRole('textbox', { name: /^Rationale/ }), 'No new evidence.')
    const peer = within(panel).getByRole('group', { name: /Peer-to-peer conversation offered/ })
    await user.click(within(peer).getByRole('radio', { name: 'No' }))
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    // The last look, in the first decision's dialog: Cancel records nothing and keeps the words.
    let dialog = await screen.findByRole('dialog', { name: 'Uphold the denial?' })
    expect(dialog).toHaveTextContent(/forwarded to the independent review entity/)
    expect(dialog).toHaveTextContent(/The new letter does not change what the studies show\./)
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(within(panel).getByRole('textbox', { name: /^Rationale/ })).toHaveValue(
      'No new evidence.',
    )
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    dialog = await screen.findByRole('dialog', { name: 'Uphold the denial?' })
    await user.click(within(dialog).getByRole('button', { name: 'Confirm the denial is upheld' }))
    const recorded = await within(panel).findByText(/Appeal decision recorded\./)
    expect(recorded.closest('[role="status"]')).toHaveFocus()
    expect(recorded).toHaveTextContent(/forwarded to independent review\. The appeal notices/)
    expect(
      await within(panel).findByRole('heading', { name: 'Denial upheld on appeal' }),
    ).toBeInTheDocument()
    expect(within(panel).getByRole('link', { name: 'Member appeal notice' })).toBeInTheDocument()
    expect(within(panel).getByText('Forwarded to independent review')).toBeInTheDocument()
    expect(screen.getAllByText('Forwarded to independent review').length).toBeGreaterThan(1)
  })
})
