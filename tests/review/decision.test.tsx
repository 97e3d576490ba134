import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { apiAs, readCase, tokenFor } from './api-helpers.ts'
import { auditTrail, decisionPanel, openCaseFor } from './review-helpers.ts'

type User = Awaited<ReturnType<typeof renderApp>>['user']

async function fillAndConfirm(user: User, action: RegExp, fill: () => Promise<void>) {
  const panel = await decisionPanel()
  await user.click(within(panel).getByRole('radio', { name: action }))
  await fill()
  await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
  return screen.findByRole('dialog')
}

describe('deciding a case', () => {
  it('a medical director denies with the criterion, a member reason and a rationale', async () => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    const dialog = await fillAndConfirm(user, /^Deny$/, async () => {
      // Chosen from the case's own criteria set, the deciding row first, shown in full.
      const criteria = within(panel).getByRole('group', { name: 'Criterion relied on' })
      expect(within(criteria).getAllByRole('radio')).toHaveLength(1)
      expect(
        within(criteria).getByRole('radio', {
          name: 'Prolotherapy/Sclerotherapy for ANY indication',
        }),
      ).toBeChecked()
      expect(criteria).toHaveTextContent(/There is insufficient evidence in the published medical/)
      expect(criteria).toHaveTextContent(
        /Source: Prolotherapy\/Sclerotherapy, For Non-Medicare Members/,
      )
      await user.type(
        within(panel).getByRole('textbox', { name: /Reason specific to the member/ }),
        'The studies do not show this injection helps your back pain more than usual care.',
      )
      await user.type(
        within(panel).getByRole('textbox', { name: /^Rationale/ }),
        'No evidence of benefit over standard care.',
      )
      await user.click(within(panel).getByRole('radio', { name: 'Yes' }))
    })
    expect(dialog).toHaveAccessibleName('Deny this case?')
    expect(within(dialog).getByRole('heading', { name: 'Deny this case?' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Confirm denial' }))

    const recorded = await within(panel).findByText(/Decision recorded/)
    // Focus lands on the result, so a screen reader hears it and the keyboard goes on from there.
    await waitFor(() => expect(recorded.closest('.notice')).toHaveFocus())
    expect(within(panel).getByRole('heading', { name: 'Denied' })).toBeInTheDocument()
    expect(
      within(panel).getByText(
        /Dr\. Avery Lindqvist, MD, Medical director \(Physical Medicine and Rehabilitation\)/,
      ),
    ).toBeInTheDocument()
    expect(
      within(panel).getByText('No evidence of benefit over standard care.'),
    ).toBeInTheDocument()
    expect(within(panel).getByText(/helps your back pain more than usual care/)).toBeInTheDocument()
    expect(within(panel).getByText('Yes')).toBeInTheDocument()
    expect(
      within(panel).getByText('Prolotherapy/Sclerotherapy for ANY indication'),
    ).toBeInTheDocument()
    expect(within(panel).getByText(/^(On time|Late): due/)).toBeInTheDocument()
    expect(within(panel).getByRole('link', { name: 'Member notice' })).toBeInTheDocument()
    expect(within(panel).getAllByText(/PST|PDT/, { selector: 'time' }).length).toBeGreaterThan(0)
    // Final: read-only for everyone.
    expect(within(panel).queryByRole('radio')).not.toBeInTheDocument()
    expect(
      within(panel).getByText('This decision is final. The case is read-only.'),
    ).toBeInTheDocument()

    const events = within(await auditTrail()).getAllByRole('listitem')
    await waitFor(() => expect(within(events[0]!).getByText('Denied')).toBeInTheDocument())
    expect(events[0]).toHaveTextContent(/Dr\. Avery Lindqvist, Medical director/)
    expect(events.at(-1)).toHaveTextContent(/Case created/)
  })

  it('a medical director approves against the recommendation', async () => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    const dialog = await fillAndConfirm(user, /^Approve$/, () =>
      user.type(within(panel).getByRole('textbox', { name: /^Rationale/ }), 'History supports it.'),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Confirm approval' }))
    expect(await within(panel).findByRole('heading', { name: 'Approved' })).toBeInTheDocument()
    await waitFor(async () =>
      expect(within(await auditTrail()).getAllByRole('listitem')[0]).toHaveTextContent(/^Approved/),
    )
  })

  it('pends for information, then the case can be approved', async () => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    let dialog = await fillAndConfirm(user, /^Pend for information$/, async () => {
      // Both sets of the source policy are blanket statements: the panel says so first.
      expect(
        within(panel).getByText('No documentation can change this outcome.'),
      ).toBeInTheDocument()
      await user.type(
        within(panel).getByRole('textbox', { name: /Information needed/ }),
        'Physical therapy notes.{Enter}Imaging report.',
      )
      await user.type(
        within(panel).getByRole('textbox', { name: /^Rationale/ }),
        'Conservative care not documented.',
      )
    })
    await user.click(within(dialog).getByRole('button', { name: 'Confirm pend' }))
    expect(
      await within(panel).findByRole('heading', { name: 'Pended for information' }),
    ).toBeInTheDocument()
    expect(
      within(panel).getByText('Physical therapy notes.', { selector: 'li' }),
    ).toBeInTheDocument()
    expect(within(panel).getByText('Imaging report.', { selector: 'li' })).toBeInTheDocument()
    await waitFor(async () =>
      expect(within(await auditTrail()).getAllByRole('listitem')[0]).toHaveTextContent(
        /^Pended for information/,
      ),
    )
    // Still open: the form is back, empty, for the next decision.
    expect(within(panel).getByRole('textbox', { name: /^Rationale/ })).toHaveValue('')
    dialog = await fillAndConfirm(user, /^Approve$/, () =>
      user.type(
        within(panel).getByRole('textbox', { name: /^Rationale/ }),
        'Notes received and reviewed.',
      ),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Confirm approval' }))
    expect(await within(panel).findByRole('heading', { name: 'Approved' })).toBeInTheDocument()
    await waitFor(async () => {
      const items = within(await auditTrail()).getAllByRole('listitem')
      expect(items[0]).toHaveTextContent(/^Approved/)
      expect(items[1]).toHaveTextContent(/^Pended for information/)
    })
  })

  it('says what is missing before confirming, with an error summary linked to each field', async () => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveFocus()
    expect(within(summary).getByRole('link', { name: 'Choose a decision' })).toBeInTheDocument()
    await user.click(within(panel).getByRole('radio', { name: /^Deny$/ }))
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    await user.click(
      within(summary).getByRole('link', { name: 'Enter the reason specific to the member' }),
    )
    expect(
      within(panel).getByRole('textbox', { name: /Reason specific to the member/ }),
    ).toHaveFocus()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('Escape cancels the confirmation and nothing is recorded', async () => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await fillAndConfirm(user, /^Approve$/, () =>
      user.type(within(panel).getByRole('textbox', { name: /^Rationale/ }), 'Kept after cancel.'),
    )
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(within(panel).getByRole('textbox', { name: /^Rationale/ })).toHaveValue(
      'Kept after cancel.',
    )
    expect(within(panel).getByRole('button', { name: 'Continue to confirm' })).toHaveFocus()
    const { body } = await readCase(await tokenFor('u-md-1'), c.id)
    expect(body.decisions).toHaveLength(0)
  })
})

describe('who may decide', () => {
  it('a reviewer sees no deny or pend, only that a medical director must decide', async () => {
    const c = await openCaseFor('u-md-1')
    await renderApp(`/cases/${c.id}`, { as: 'u-rev-1' })
    const panel = await decisionPanel()
    expect(
      within(panel).getByText('This case awaits a decision by a medical director.'),
    ).toBeInTheDocument()
    expect(within(panel).queryByRole('radio')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /deny/i })).not.toBeInTheDocument()
  })

  it('the service refuses a reviewer who denies through the API (403)', async () => {
    const c = await openCaseFor('u-md-1')
    const token = await tokenFor('u-rev-1')
    const { etag } = await readCase(token, c.id)
    const res = await apiAs(token, `/cases/${c.id}/decision`, {
      method: 'POST',
      headers: { 'If-Match': etag },
      body: JSON.stringify({
        action: 'deny',
        rationale: 'Trying anyway.',
        criterion: {
          policyId: 'prolotherapy-sclerotherapy',
          criteriaSetId: 'non-medicare',
          rowId: 'any-indication',
        },
        memberReason: 'Any',
        peerToPeerOffered: false,
      }),
    })
    expect(res.status).toBe(403)
    expect((await readCase(token, c.id)).body.status).toBe('pending-md-review')
  })
})
