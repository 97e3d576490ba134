import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  countCases,
  fillCase,
  listDrafts,
  medicareM0076,
  waitForCasePage,
  type CaseAnswers,
} from '../cases/case-form.ts'
import { readSessionToken } from '../../src/api/session-token.ts'
import { renderApp } from '../render-app.tsx'
import {
  expectNoInternals,
  expectPageStands,
  expectSignedOutThenSignInAgain,
  faultMessage,
  injectFault,
  type FailingFault,
} from './fault-kit.ts'

// Submitting is where a reviewer has the most to lose: every cell checks the typed case
// is still there and that the service holds exactly one case afterwards.
const failing: FailingFault[] = ['500', 'network', 'malformed', 'invalid-schema']
const typed: CaseAnswers = { ...medicareM0076, notes: 'Pain for 14 months; PT failed.' }
const submitButton = () => screen.getByRole('button', { name: /Submit case|Submitting…/ })

/** The clinical notes of the one draft the service holds for the signed-in user. */
async function savedNotes() {
  const [draft] = await listDrafts()
  if (!draft) return undefined
  const res = await fetch(`/api/drafts/${draft.id}`, {
    headers: { Authorization: `Bearer ${readSessionToken()}` },
  })
  return ((await res.json()) as { fields: { clinicalNotes: string } }).fields.clinicalNotes
}

/** The filled form, with its draft saved, so a sign-out in the middle has something to resume. */
async function filledForm() {
  const view = await renderApp('/cases/new', { as: 'u-rev-1' })
  const before = await countCases()
  await fillCase(view.user, typed)
  // The person pauses: autosave sends the last keystrokes before the submit.
  await waitFor(async () => expect(await savedNotes()).toBe(typed.notes), { timeout: 3000 })
  return { ...view, before }
}

function expectTypedCaseKept() {
  expect(screen.getByLabelText('Member ID')).toHaveValue(typed.memberId)
  expect(screen.getByLabelText('Service code')).toHaveValue('M0076')
  expect(screen.getByLabelText('Clinical notes')).toHaveValue(typed.notes)
}

describe('case submit (POST /cases) under faults', () => {
  it.each(failing)('%s: a clear message, the case kept, one case after "Try again"', async (f) => {
    const { user, router, before } = await filledForm()
    injectFault('post', '/cases', f)
    await user.click(submitButton())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The case was not sent')
    expect(alert).toHaveTextContent(faultMessage[f])
    expectNoInternals(alert)
    expectPageStands()
    expectTypedCaseKept()
    expect(await countCases()).toBe(before)
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitForCasePage(router)
    expect(await screen.findByText(typed.notes!)).toBeInTheDocument()
    expect(await countCases()).toBe(before + 1)
  })

  it('slow: "Still working…", then the case page, one case', async () => {
    const { user, router, before } = await filledForm()
    injectFault('post', '/cases', 'slow')
    await user.click(submitButton())
    expect(screen.getByRole('button', { name: 'Submitting…' })).toBeDisabled()
    expect(await screen.findByText(/Still working…/, {}, { timeout: 4000 })).toBeInTheDocument()
    await waitForCasePage(router)
    expect(await countCases()).toBe(before + 1)
  })

  it('401: signs out with "Your session ended"; signing in again resumes the draft', async () => {
    const { user, before } = await filledForm()
    injectFault('post', '/cases', '401')
    await user.click(submitButton())
    await expectSignedOutThenSignInAgain(user, 'u-rev-1')
    expect(await screen.findByLabelText('Member ID')).toHaveValue(typed.memberId)
    expectTypedCaseKept()
    expect(await countCases()).toBe(before)
  })
})
