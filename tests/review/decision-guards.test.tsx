import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node.ts'
import { renderApp } from '../render-app.tsx'
import { apiAs, readCase, tokenFor } from './api-helpers.ts'
import { newCaseVia } from './decided-case.ts'
import {
  auditTrail,
  decisionPanel,
  openCaseFor,
  refuseNextDecision,
  typeDenial,
} from './review-helpers.ts'

describe('guards on sending a decision', () => {
  it('two clicks on "Confirm denial" in one task send one POST and record one decision', async () => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await typeDenial(user, panel)
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    const confirm = within(await screen.findByRole('dialog')).getByRole('button', {
      name: 'Confirm denial',
    })
    let posts = 0
    const count = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && request.url.endsWith('/decision')) posts += 1
    }
    server.events.on('request:start', count)
    fireEvent.click(confirm)
    fireEvent.click(confirm)
    expect(await within(panel).findByRole('heading', { name: 'Denied' })).toBeInTheDocument()
    server.events.removeListener('request:start', count)
    expect(posts).toBe(1)
    const { body } = await readCase(await tokenFor('u-md-1'), c.id)
    expect(body.decisions).toHaveLength(1)
    await waitFor(async () =>
      expect(
        within(await auditTrail())
          .getAllByRole('listitem')
          .filter((li) => /^Denied/.test(li.textContent ?? '')),
      ).toHaveLength(1),
    )
  })

  it('a rationale of zero-width characters only is no rationale', async () => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await user.click(within(panel).getByRole('radio', { name: /^Approve$/ }))
    await user.type(within(panel).getByRole('textbox', { name: /^Rationale/ }), '\u200B\u200B')
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Enter the rationale' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('a refusal with a field error (422) keeps everything typed and points at the field', async () => {
    const c = await openCaseFor('u-md-1')
    refuseNextDecision(422, 'Unprocessable', {
      criterion: ['Choose a criterion from this case’s criteria set'],
    })
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await typeDenial(user, panel)
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm denial' }),
    )
    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByRole('link', {
        name: 'Choose a criterion from this case’s criteria set',
      }),
    ).toBeInTheDocument()
    expect(within(panel).getByRole('textbox', { name: /^Rationale/ })).toHaveValue(
      'Blanket criteria.',
    )
    expect(
      within(panel).getByRole('textbox', { name: /Reason specific to the member/ }),
    ).toHaveValue('Not shown to help your back pain.')
    expect(within(panel).getByRole('radio', { name: 'No' })).toBeChecked()
  })
})

describe('the bound criterion and the clocks on screen', () => {
  it('Medicare Advantage: the NCD 150.7 row, named in full with its quoted words', async () => {
    const c = await openCaseFor('u-md-1', 'not-covered-medicare')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    await user.click(within(panel).getByRole('radio', { name: /^Deny$/ }))
    const criteria = within(panel).getByRole('group', { name: 'Criterion relied on' })
    const ncd = within(criteria).getByRole('radio', {
      name: 'National Coverage Determination (NCD) 150.7: Prolotherapy, Joint Sclerotherapy, and Ligamentous Injections with Sclerosing Agents',
    })
    expect(ncd).toBeChecked()
    expect(within(criteria).getAllByRole('radio')).toHaveLength(1)
    expect(criteria).toHaveTextContent('This service is not covered per Medicare criteria.')
    expect(criteria).not.toHaveTextContent(/insufficient evidence/)
  })

  it('Washington electronic: the ask-for-information clock shows before a pend (RCW 48.43.830)', async () => {
    const { c, assignee } = await newCaseVia({ requestChannel: 'electronic' })
    const { user } = await renderApp(`/cases/${c.id}`, { as: assignee })
    const panel = await decisionPanel()
    await user.click(within(panel).getByRole('radio', { name: /^Pend for information$/ }))
    expect(within(panel).getByText('Ask for information by:')).toBeInTheDocument()
    expect(within(panel).getByText(/Source: RCW 48\.43\.830/)).toBeInTheDocument()
  })

  it('another director sees the assignee rule and must give a reason to take the case over', async () => {
    const c = await openCaseFor('u-md-1')
    const { user } = await renderApp(`/cases/${c.id}`, { as: 'u-md-2' })
    const panel = await decisionPanel()
    expect(
      within(panel).getByText(/This case is assigned to Dr\. Avery Lindqvist\./),
    ).toBeInTheDocument()
    await user.click(within(panel).getByRole('radio', { name: /^Approve$/ }))
    await user.type(within(panel).getByRole('textbox', { name: /^Rationale/ }), 'Approve.')
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    const summary = await screen.findByRole('alert')
    await user.click(
      within(summary).getByRole('link', { name: 'Enter why you are taking over this case' }),
    )
    const reason = within(panel).getByRole('textbox', { name: /Reason for taking over/ })
    expect(reason).toHaveFocus()
    await user.type(reason, 'Dr. Lindqvist is away today.')
    await user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm approval' }),
    )
    expect(await within(panel).findByRole('heading', { name: 'Approved' })).toBeInTheDocument()
    const trail = await (await apiAs(await tokenFor('u-md-2'), `/cases/${c.id}/audit`)).json()
    expect(trail.items[1]).toMatchObject({
      action: 'case-taken-over',
      reason: 'Dr. Lindqvist is away today.',
    })
  })
})
