import { render, screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes } from 'react-router'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node.ts'
import { ScreenFrame } from '../../src/app/screen-frame.tsx'
import { LocationProbe, renderApp, type RouterProbe } from '../render-app.tsx'
import { auditTrail, decisionPanel, openCaseFor } from '../review/review-helpers.ts'

// React reports every error a boundary catches on console.error; the crash is the point here.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}))
afterEach(() => vi.restoreAllMocks())

function Crash(): never {
  throw new Error('A render that cannot go on')
}

describe('a route that crashes while rendering', () => {
  // No schema-valid answer crashes a whole route now that the case page's parts are
  // panels, so the route throws by itself, under the app's own screen frame (RouteBoundary, RouteError).
  it('shows the recovery message with a way back to the worklist and a reload', async () => {
    const router = { state: {} } as RouterProbe
    render(
      <MemoryRouter initialEntries={['/cases/c-1']}>
        <LocationProbe into={router} />
        <ScreenFrame>
          <Routes>
            <Route path="/" element={<h1>Worklist</h1>} />
            <Route path="/cases/:caseId" element={<Crash />} />
          </Routes>
        </ScreenFrame>
      </MemoryRouter>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Something went wrong on this page')
    expect(alert).toHaveTextContent('Nothing you saved has been lost.')
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument()

    await userEvent.setup().click(within(alert).getByRole('link', { name: 'Go to the worklist' }))
    expect(await screen.findByRole('heading', { name: 'Worklist' })).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
  })
})

describe('a panel that crashes on the case page', () => {
  it('fails alone: the rest of the page works, and Try again brings it back', async () => {
    const { id } = await openCaseFor('u-md-1')
    // Valid by the contract, impossible for this case: events that belong to another one.
    server.use(
      http.get(
        `*/api/cases/${id}/audit`,
        () =>
          HttpResponse.json({
            items: [
              {
                id: 'ev-foreign',
                caseId: 'case-of-someone-else',
                at: '2026-01-05T17:00:00Z',
                actor: {
                  id: 'u-rev-2',
                  name: 'Casey Morgan',
                  role: 'utilization-reviewer',
                  specialty: null,
                },
                action: 'case-created',
                summary: 'Case created.',
                reason: null,
              },
            ],
          }),
        { once: true },
      ),
    )
    const { user } = await renderApp(`/cases/${id}`, { as: 'u-md-1' })

    const notice = await screen.findByText('The audit trail could not be shown')
    const panelAlert = notice.closest('[role="alert"]') as HTMLElement
    expect(panelAlert).toHaveTextContent('The rest of the page still works.')
    expect(screen.queryByText('case-of-someone-else')).not.toBeInTheDocument()

    // The rest of the page: the determination, the evidence and a decision in progress.
    expect(screen.getByRole('region', { name: 'Determination' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'MTAC evidence conclusions' })).toBeInTheDocument()
    const decision = await decisionPanel()
    await user.click(within(decision).getByRole('radio', { name: /^Approve$/ }))
    await user.type(within(decision).getByLabelText(/^Rationale/), 'Still typing.')
    expect(within(decision).getByLabelText(/^Rationale/)).toHaveValue('Still typing.')

    // The service answers properly again: Try again asks afresh and shows the trail.
    await user.click(within(panelAlert).getByRole('button', { name: 'Try again' }))
    const trail = await auditTrail()
    expect(
      await within(trail).findByRole('list', { name: 'Events, newest first' }),
    ).toBeInTheDocument()
    expect(within(decision).getByLabelText(/^Rationale/)).toHaveValue('Still typing.')
  })
})
