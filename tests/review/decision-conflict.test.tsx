import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { apiAs, readCase, tokenFor } from './api-helpers.ts'
import {
  auditTrail,
  decisionPanel,
  openCaseFor,
  refuseNextDecision,
  typeDenial,
} from './review-helpers.ts'

describe('a decision that meets a changed case', () => {
  it('412: says so, shows the case as it now is, keeps the typed rationale, overwrites nothing', async () => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await typeDenial(user, panel, { reason: 'My member reason.', rationale: 'My typed rationale.' })
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    const dialog = await screen.findByRole('dialog')

    // Meanwhile another medical director pends the same case.
    const other = await tokenFor('u-md-2')
    const { etag } = await readCase(other, c.id)
    const theirs = await apiAs(other, `/cases/${c.id}/decision`, {
      method: 'POST',
      headers: { 'If-Match': etag },
      body: JSON.stringify({
        action: 'pend',
        rationale: 'Their rationale.',
        informationNeeded: ['Their information request.'],
        takeOverReason: 'Covering the queue today.',
      }),
    })
    expect(theirs.status).toBe(200)

    await user.click(within(dialog).getByRole('button', { name: 'Confirm denial' }))
    expect(
      await within(panel).findByRole('heading', {
        name: 'This case changed while you were deciding',
      }),
    ).toBeInTheDocument()
    // The current state, with the other director's decision…
    expect(await within(panel).findByText('Their information request.')).toBeInTheDocument()
    expect(
      within(panel).getByText(/Dr\. Rowan Okafor, DO, Medical director \(Family Medicine\)/),
    ).toBeInTheDocument()
    // …and the user's words still in the form.
    expect(within(panel).getByRole('textbox', { name: /^Rationale/ })).toHaveValue(
      'My typed rationale.',
    )
    expect(
      within(panel).getByRole('textbox', { name: /Reason specific to the member/ }),
    ).toHaveValue('My member reason.')
    await waitFor(async () =>
      expect(within(await auditTrail()).getAllByRole('listitem')[0]).toHaveTextContent(
        /Dr\. Rowan Okafor/,
      ),
    )
    // Nothing was overwritten on the service.
    const now = (await readCase(other, c.id)).body
    expect(now.status).toBe('pended-for-information')
    expect(now.decisions).toHaveLength(1)
    expect(now.decisions[0]!.rationale).toBe('Their rationale.')

    // Confirming again, knowingly, against the case as it now is, is recorded: the case
    // is now Dr. Okafor's, so taking it back needs a reason.
    await user.type(
      within(panel).getByRole('textbox', { name: /Reason for taking over/ }),
      'Back from the meeting; it was mine.',
    )
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm denial' }),
    )
    expect(await within(panel).findByRole('heading', { name: 'Denied' })).toBeInTheDocument()
    expect((await readCase(other, c.id)).body.decisions).toHaveLength(2)
  })

  it('412 on a case that became final: the form goes, the typed words stay on screen', async () => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await user.click(within(panel).getByRole('radio', { name: /^Approve$/ }))
    await user.type(
      within(panel).getByRole('textbox', { name: /^Rationale/ }),
      'Words worth keeping.',
    )
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    const other = await tokenFor('u-md-2')
    const { etag } = await readCase(other, c.id)
    await apiAs(other, `/cases/${c.id}/decision`, {
      method: 'POST',
      headers: { 'If-Match': etag },
      body: JSON.stringify({
        action: 'approve',
        rationale: 'Approved first.',
        takeOverReason: 'Covering the queue today.',
      }),
    })
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm approval' }),
    )
    const notice = await within(panel).findByRole('alert')
    expect(notice).toHaveTextContent('This case changed while you were deciding')
    expect(within(notice).getByText('Words worth keeping.')).toBeInTheDocument()
    expect(within(panel).getByText('Approved first.')).toBeInTheDocument()
    expect(within(panel).queryByRole('radio')).not.toBeInTheDocument()
  })

  it('400: the service field errors land on the fields and in the error summary', async () => {
    const c = await openCaseFor('u-md-1')
    refuseNextDecision(400, 'The request has invalid fields', {
      rationale: ['Rationale must be 4,000 characters or fewer'],
    })
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await user.click(within(panel).getByRole('radio', { name: /^Approve$/ }))
    await user.type(within(panel).getByRole('textbox', { name: /^Rationale/ }), 'Long words.')
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm approval' }),
    )
    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByRole('link', { name: 'Rationale must be 4,000 characters or fewer' }),
    ).toBeInTheDocument()
    const rationale = within(panel).getByRole('textbox', { name: /^Rationale/ })
    expect(rationale).toHaveAccessibleDescription(/Rationale must be 4,000 characters or fewer/)
    expect(rationale).toHaveValue('Long words.')
  })
})
