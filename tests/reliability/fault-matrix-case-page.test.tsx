import { screen, within, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { readCase, tokenFor } from '../review/api-helpers.ts'
import { decisionPanel, openCaseFor } from '../review/review-helpers.ts'
import {
  AFTER_SLOW,
  expectNoInternals,
  expectPageStands,
  expectSignedOutThenSignInAgain,
  faultMessage,
  injectFault,
  type FailingFault,
} from './fault-kit.ts'

// The case page reads the case, and a medical director's decision writes to it: the
// decision cells check the words typed survive and that exactly one decision is recorded.
const failing: FailingFault[] = ['500', 'network', 'malformed', 'invalid-schema']
const info = 'Imaging report of the lumbar spine from the last 6 months.'
const rationale = 'Cannot decide without the imaging report.'

async function openCase() {
  const c = await openCaseFor('u-md-1')
  const view = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
  return { ...view, caseId: c.id }
}

describe('case load (GET /cases/:id) under faults', () => {
  it.each(failing)('%s: a clear message and a "Try again" that loads it', async (f) => {
    injectFault('get', '/cases/:id', f)
    const { user } = await openCase()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The case could not be loaded')
    expect(alert).toHaveTextContent(faultMessage[f])
    expectNoInternals(alert)
    expectPageStands()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await decisionPanel()).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('slow: "Still working…", then the case', async () => {
    injectFault('get', '/cases/:id', 'slow')
    await openCase()
    expect(await screen.findByText('Loading the case…')).toBeInTheDocument()
    expect(await screen.findByText(/Still working…/, {}, { timeout: 4000 })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Decision' }, AFTER_SLOW)).toBeVisible()
  })

  it('401: signs out; signing in again comes back to the case', async () => {
    injectFault('get', '/cases/:id', '401')
    const { user, router, caseId } = await openCase()
    await expectSignedOutThenSignInAgain(user, 'u-md-1')
    expect(await decisionPanel()).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${caseId}`))
  })
})

/** A pend typed and confirmed: the request goes when "Confirm pend" is pressed. */
async function confirmPend() {
  const view = await openCase()
  const panel = await decisionPanel()
  await view.user.click(within(panel).getByRole('radio', { name: /^Pend for information$/ }))
  await view.user.type(within(panel).getByRole('textbox', { name: /^Information needed/ }), info)
  await view.user.type(within(panel).getByRole('textbox', { name: /^Rationale/ }), rationale)
  await view.user.click(within(panel).getByRole('button', { name: 'Continue to confirm' }))
  const dialog = await screen.findByRole('dialog')
  await view.user.click(within(dialog).getByRole('button', { name: 'Confirm pend' }))
  return { ...view, panel }
}

async function decisionsRecorded(caseId: string) {
  return (await readCase(await tokenFor('u-md-2'), caseId)).body.decisions.length
}

describe('decision (POST /cases/:id/decision) under faults', () => {
  it.each(failing)('%s: a clear message, the words kept, one decision on retry', async (f) => {
    injectFault('post', '/cases/:id/decision', f)
    const { user, panel, caseId } = await confirmPend()
    const notice = await within(panel).findByRole('alert')
    expect(notice).toHaveTextContent('The decision was not recorded')
    expect(notice).toHaveTextContent(faultMessage[f])
    expectNoInternals(notice)
    expectPageStands()
    expect(within(panel).getByRole('textbox', { name: /^Information needed/ })).toHaveValue(info)
    expect(within(panel).getByRole('textbox', { name: /^Rationale/ })).toHaveValue(rationale)
    expect(await decisionsRecorded(caseId)).toBe(0)

    await user.click(within(notice).getByRole('button', { name: 'Try again' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent(rationale)
    await user.click(within(dialog).getByRole('button', { name: 'Confirm pend' }))
    expect(await within(panel).findByText(/Decision recorded/)).toBeInTheDocument()
    expect(await decisionsRecorded(caseId)).toBe(1)
  })

  it('slow: "Recording…" while it waits, then recorded once', async () => {
    injectFault('post', '/cases/:id/decision', 'slow')
    const { panel, caseId } = await confirmPend()
    expect(screen.getByRole('button', { name: 'Recording…' })).toBeDisabled()
    expect(await within(panel).findByText(/Decision recorded/, {}, AFTER_SLOW)).toBeVisible()
    expect(await decisionsRecorded(caseId)).toBe(1)
  })

  it('401: signs out; signing in again shows the case undecided', async () => {
    injectFault('post', '/cases/:id/decision', '401')
    const { user, caseId } = await confirmPend()
    await expectSignedOutThenSignInAgain(user, 'u-md-1')
    const panel = await decisionPanel()
    expect(within(panel).getByRole('radio', { name: /^Pend for information$/ })).toBeEnabled()
    expect(await decisionsRecorded(caseId)).toBe(0)
  })
})
