import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { decidedAppeal } from '../api/appeal-decided.ts'
import { deniedCase, postAppeal, validAppeal } from '../api/appeal-helpers.ts'
import { renderApp, signInAs } from '../render-app.tsx'
import { apiAs, listCases, tokenFor } from './api-helpers.ts'
import { deniedCaseVia, newCaseVia } from './decided-case.ts'

/**
 * Issue 31, "Closed cases say they are open": one rule (src/domain/case-status.ts) says
 * where a case stands, and every part of the case page, the worklist and the print view
 * says the same. A closed case never shows a countdown, "Overdue" or a waiting reason.
 */
const medicare = { lineOfBusiness: 'medicare-advantage', groupFunding: undefined }
const COUNTDOWN = /\bleft\b|Overdue/
const WAITING = /Waiting for|awaits a decision|In your queue|In the queue of/

// The first visit loads the case screen's code: on a busy machine that can take seconds.
const caseHeading = () =>
  screen.findByRole('heading', { level: 1, name: /^Case UM-/ }, { timeout: 10_000 })
const statusCard = () => screen.getByRole('region', { name: /^Case status/ })
const summary = () => screen.getByRole('region', { name: 'Case details' })
const mainText = () => screen.getByRole('main').textContent ?? ''

describe('a closed case says it is closed, everywhere', () => {
  it('a denied case past its due time shows no "Overdue" (seeded: overdue by about 12 days)', async () => {
    const token = await tokenFor('u-md-1')
    const now = Date.now()
    const denied = (await listCases(token, '&status=denied')).items.find(
      (c) => Date.parse(c.dueAt) < now - 7 * 86_400_000,
    )!
    expect(denied).toBeDefined()
    await renderApp(`/cases/${denied.id}`, { as: 'u-md-1' })
    await caseHeading()
    await within(summary()).findByText('Decided: denied.')
    expect(mainText()).not.toMatch(COUNTDOWN)
    expect(mainText()).not.toMatch(WAITING)
    expect(within(statusCard()).getByText('Denied')).toBeInTheDocument()
    expect(within(summary()).getByText('(decided)')).toBeInTheDocument()
  })

  it('a case decided before its due time keeps no "… left" countdown', async () => {
    const { c } = await deniedCaseVia()
    expect(Date.parse(c.turnaround.dueAt)).toBeGreaterThan(Date.now())
    await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    await caseHeading()
    await within(summary()).findByText('Decided: denied.')
    expect(mainText()).not.toMatch(COUNTDOWN)
    // Both its clocks (turnaround, and asking for information) stopped at the decision.
    expect(within(summary()).getAllByText('(decided)').length).toBeGreaterThan(0)
  })

  it('a case forwarded to independent review waits for no medical director', async () => {
    const c = await decidedAppeal(medicare, 'uphold')
    expect(c.status).toBe('forwarded-to-independent-review')
    await renderApp(`/cases/${c.id}`, { as: 'u-rev-1' })
    await caseHeading()
    expect(
      await within(summary()).findByText(
        'Decided on appeal: the denial is upheld, and the case is forwarded to independent review.',
      ),
    ).toBeInTheDocument()
    expect(
      within(statusCard()).getByText(/^Decided on appeal\. The decision is final/),
    ).toBeVisible()
    expect(mainText()).not.toMatch(WAITING)
    expect(mainText()).not.toMatch(COUNTDOWN)
  })

  it('the print view of an upheld appeal says the denial is final, as the case page does', async () => {
    const c = await decidedAppeal({ lineOfBusiness: 'individual-family' }, 'uphold')
    expect(c.status).toBe('denial-upheld')
    await renderApp(`/cases/${c.id}/print`, { as: 'u-md-1' })
    expect(await screen.findByText('Denied', { selector: 'dd' }, { timeout: 10_000 })).toBeVisible()
    expect(mainText()).not.toMatch(/not final/)
    expect(mainText()).not.toMatch(COUNTDOWN)
  })

  it('an upheld appeal offers no first decision on the case page', async () => {
    const c = await decidedAppeal({ lineOfBusiness: 'individual-family' }, 'uphold')
    await renderApp(`/cases/${c.id}`, { as: 'u-md-2' })
    const panel = await screen.findByRole('region', { name: 'Decision' }, { timeout: 10_000 })
    expect(within(panel).getByText('This decision is final. The case is read-only.')).toBeVisible()
    expect(within(panel).queryByRole('button', { name: 'Continue to confirm' })).toBeNull()
  })
})

describe('an open case shows the clock that runs on it', () => {
  it('an appeal in review counts down the appeal’s clock, not the first decision’s', async () => {
    const { id } = await deniedCase(medicare, 'u-md-1')
    await postAppeal(id, await signInAs('u-rev-1'), validAppeal())
    await renderApp(`/cases/${id}`, { as: 'u-md-2' })
    await caseHeading()
    // The appeal's clock is with the case's other due time, in its details.
    const card = summary()
    await waitFor(() =>
      expect(card).toHaveTextContent(/Appeal due .*\(\d+ (days?|hours?).* left\)/),
    )
    expect(within(summary()).getByText(/^Appeal in review: in your queue/)).toBeInTheDocument()
    // The first decision is made: its clock has stopped, and says so.
    expect(within(summary()).getByText('(decided)')).toBeInTheDocument()
    expect(mainText()).not.toMatch(/Overdue/)
    // No first decision is offered on a case whose appeal is in review.
    const panel = screen.getByRole('region', { name: 'Decision' })
    expect(within(panel).queryByRole('button', { name: 'Continue to confirm' })).toBeNull()
  })

  it('a pended case has asked for information: that clock stops, the turnaround runs on', async () => {
    // A Washington request by fax: the plan has 5 calendar days to ask for information.
    const { c, assignee } = await newCaseVia({
      lineOfBusiness: 'commercial-group',
      groupFunding: 'fully-insured',
      requestChannel: 'fax-phone',
    })
    const pend = await apiAs(await tokenFor(assignee), `/cases/${c.id}/decision`, {
      method: 'POST',
      headers: { 'If-Match': '"v1"' },
      body: JSON.stringify({
        action: 'pend',
        rationale: 'The imaging report is missing.',
        informationNeeded: ['The MRI report'],
      }),
    })
    expect(pend.status).toBe(200)
    await renderApp(`/cases/${c.id}`, { as: assignee })
    await caseHeading()
    const details = screen.getByRole('region', { name: 'Case details' })
    const asked = within(details).getByText('Ask for information by').nextElementSibling!
    expect(asked).toHaveTextContent('(information asked)')
    expect(asked).not.toHaveTextContent(COUNTDOWN)
    expect(within(summary()).getByText(/\(\d+ days?.* left\)/)).toBeInTheDocument()
  })

  it('the worklist: a closed row shows its due time as decided, never as overdue', async () => {
    await renderApp('/?view=all&status=denied', { as: 'u-md-1' })
    const table = await screen.findByRole('table', { name: /cases/i }, { timeout: 10_000 })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row).toHaveTextContent('(decided)')
      expect(row).not.toHaveTextContent(COUNTDOWN)
    }
  })
})
