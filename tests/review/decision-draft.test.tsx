import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node.ts'
import { renderApp } from '../render-app.tsx'
import { apiAs, tokenFor } from './api-helpers.ts'
import { openCaseFor } from './review-helpers.ts'

// The case page's chunk loads on first use: slow on a cold, busy machine.
const decisionPanel = () => screen.findByRole('region', { name: 'Decision' }, { timeout: 10_000 })

const MINUTE = 60_000
const REASON = 'The studies do not show this injection helps your back pain.'

async function typeDenial(caseId: string) {
  await renderApp(`/cases/${caseId}`, { as: 'u-md-1' })
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  const panel = await decisionPanel()
  await user.click(within(panel).getByRole('radio', { name: /^Deny$/ }))
  await user.type(
    within(panel).getByRole('textbox', { name: /Reason specific to the member/ }),
    REASON,
  )
  await act(async () => {})
}

async function idleOut() {
  act(() => vi.advanceTimersByTime(15 * MINUTE + 1_000))
  await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 8_000 })
}

describe('an unsent decision and an idle sign-out', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is kept by the service for that director, and sign-in says it was saved', async () => {
    const c = await openCaseFor('u-md-1')
    await typeDenial(c.id)
    await idleOut()
    expect(screen.getByText(/Your open work was saved/)).toBeInTheDocument()
    const res = await apiAs(await tokenFor('u-md-1'), `/cases/${c.id}/decision-draft`)
    expect(res.status).toBe(200)
    const kept = (await res.json()) as { values: Record<string, unknown> }
    expect(kept.values).toMatchObject({ action: 'deny', memberReason: REASON })
    // Nobody else sees it.
    const other = await apiAs(await tokenFor('u-md-2'), `/cases/${c.id}/decision-draft`)
    expect(other.status).toBe(204)
  })

  it('never claims a save that did not happen', async () => {
    server.use(
      http.put('*/api/cases/:id/decision-draft', () =>
        HttpResponse.json({ title: 'Down' }, { status: 500 }),
      ),
    )
    const c = await openCaseFor('u-md-1')
    await typeDenial(c.id)
    await idleOut()
    expect(screen.getByText(/Your open work could not be saved/)).toBeInTheDocument()
    expect(screen.queryByText(/was saved/)).not.toBeInTheDocument()
  })
})

describe('opening a case with an unsent decision', () => {
  it('puts the kept decision back in the form and says it is not sent', async () => {
    const c = await openCaseFor('u-md-1')
    const token = await tokenFor('u-md-1')
    await apiAs(token, `/cases/${c.id}/decision-draft`, {
      method: 'PUT',
      body: JSON.stringify({ values: { action: 'deny', memberReason: REASON, rationale: 'R' } }),
    })
    await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    const panel = await decisionPanel()
    expect(
      await within(panel).findByText(/is back in the form\. It is not sent yet\./),
    ).toBeVisible()
    expect(within(panel).getByRole('radio', { name: /^Deny$/ })).toBeChecked()
    expect(
      within(panel).getByRole('textbox', { name: /Reason specific to the member/ }),
    ).toHaveValue(REASON)
  })
})
