import { screen, within, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { prolotherapySclerotherapy as policy } from '../../service/data/prolotherapy-sclerotherapy.ts'
import { renderApp } from '../render-app.tsx'
import {
  AFTER_SLOW,
  expectNoInternals,
  expectPageStands,
  expectSignedOutThenSignInAgain,
  faultKinds,
  faultMessage,
  injectFault,
  type FailingFault,
} from './fault-kit.ts'

// The policy panel and the evidence viewer only read; a failed read must still leave a
// page with a heading, a sentence and a way to read again.
const failing = faultKinds.filter((f): f is FailingFault => f !== 'slow' && f !== '401')

const reads = [
  {
    name: 'policy read (GET /policies/:id)',
    path: `/policies/${policy.id}`,
    faultPath: '/policies/:id',
    loading: 'Loading the policy…',
    loaded: () => screen.findByRole('heading', { level: 1, name: policy.title }, AFTER_SLOW),
  },
  {
    name: 'evidence read (GET /policies/:id/evidence)',
    path: `/policies/${policy.id}/evidence`,
    faultPath: '/policies/:id/evidence',
    loading: 'Loading the evidence tables…',
    loaded: () =>
      screen.findByRole(
        'heading',
        { level: 1, name: `Evidence tables: ${policy.title}` },
        AFTER_SLOW,
      ),
  },
]

describe.each(reads)('$name under faults', (read) => {
  it.each(failing)('%s: a clear message and a "Try again" that reads it', async (f) => {
    injectFault('get', read.faultPath, f)
    const { user } = await renderApp(read.path, { as: 'u-md-1' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(faultMessage[f])
    expectNoInternals(alert)
    expectPageStands()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await read.loaded()).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('slow: a loading state, then the page', async () => {
    injectFault('get', read.faultPath, 'slow')
    await renderApp(read.path, { as: 'u-md-1' })
    expect(await screen.findByText(read.loading)).toBeInTheDocument()
    expect(await screen.findByText(/Still working…/, {}, { timeout: 4000 })).toBeInTheDocument()
    expect(await read.loaded()).toBeInTheDocument()
  })

  it('401: signs out; signing in again comes back to the page', async () => {
    injectFault('get', read.faultPath, '401')
    const { user, router } = await renderApp(read.path, { as: 'u-md-1' })
    await expectSignedOutThenSignInAgain(user, 'u-md-1')
    expect(await read.loaded()).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.pathname).toBe(read.path))
  })
})
