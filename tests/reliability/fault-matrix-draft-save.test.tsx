import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { listDrafts } from '../cases/case-form.ts'
import { renderApp } from '../render-app.tsx'
import {
  AFTER_SLOW,
  expectNoInternals,
  expectSignedOutThenSignInAgain,
  injectFault,
  type FailingFault,
} from './fault-kit.ts'

// Autosave has no button: its way on is the automatic retry, and its promise is that
// what was typed stays on the page and ends up in exactly one draft.
const failing: FailingFault[] = ['500', 'network', 'malformed', 'invalid-schema']

/** A draft the service already holds, and the form it came from. */
async function savedDraft() {
  const view = await renderApp('/cases/new', { as: 'u-rev-1' })
  await view.user.type(await screen.findByLabelText('Member ID'), 'DS12345678')
  await screen.findByText(/Draft saved/, {}, { timeout: 3000 })
  return view
}
const typeServiceCode = (user: Awaited<ReturnType<typeof savedDraft>>['user']) =>
  user.type(screen.getByLabelText('Service code'), 'M0076')

async function expectOneDraftWith(serviceCode: string) {
  const drafts = await listDrafts()
  expect(drafts).toHaveLength(1)
  expect(drafts[0]?.serviceCode).toBe(serviceCode)
}

describe('draft save (PUT /drafts/:id) under faults', () => {
  it.each(failing)('%s: "Not saved, retrying", the text kept, the retry saves it', async (f) => {
    const { user } = await savedDraft()
    injectFault('put', '/drafts/:id', f)
    await typeServiceCode(user)
    const status = await screen.findByText(/Not saved, retrying/, {}, { timeout: 3000 })
    expect(status).toHaveTextContent('What you have typed stays on this page.')
    expectNoInternals(status)
    expect(screen.getByLabelText('Member ID')).toHaveValue('DS12345678')
    expect(screen.getByLabelText('Service code')).toHaveValue('M0076')
    // The automatic retry is the way on: no button to find, nothing to retype.
    expect(await screen.findByText(/Draft saved/, {}, { timeout: 4000 })).toBeInTheDocument()
    await expectOneDraftWith('M0076')
  })

  it('slow: "Saving…" while it waits, then "Draft saved"', async () => {
    const { user } = await savedDraft()
    injectFault('put', '/drafts/:id', 'slow')
    await typeServiceCode(user)
    expect(await screen.findByText('Saving…', {}, { timeout: 3000 })).toBeInTheDocument()
    expect(await screen.findByText(/Draft saved/, {}, AFTER_SLOW)).toBeInTheDocument()
    expect(screen.getByLabelText('Service code')).toHaveValue('M0076')
    await expectOneDraftWith('M0076')
  })

  it('401: signs out; signing in again resumes what the service had saved', async () => {
    const { user } = await savedDraft()
    injectFault('put', '/drafts/:id', '401')
    await typeServiceCode(user)
    await expectSignedOutThenSignInAgain(user, 'u-rev-1')
    expect(await screen.findByLabelText('Member ID')).toHaveValue('DS12345678')
    await expectOneDraftWith('')
  })
})
