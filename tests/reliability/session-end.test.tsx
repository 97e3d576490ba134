import { act, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { commit, transact } from '../../mocks/db.ts'
import { readSessionToken } from '../../src/api/session-token.ts'
import { call } from '../api/helpers.ts'
import { renderApp, signInAs } from '../render-app.tsx'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

describe('the end of a session', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('Sign out ends the session on the service: the old token then gets 401', async () => {
    const { user } = await renderApp('/', { as: 'u-rev-1' })
    const token = readSessionToken() ?? ''
    expect((await call('/me', { token })).status).toBe(200)
    await user.click(await screen.findByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await waitFor(async () => expect((await call('/me', { token })).status).toBe(401))
  })

  it('idle sign-out ends the session on the service too', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    await renderApp('/', { as: 'u-md-1' })
    const token = readSessionToken() ?? ''
    await screen.findByRole('table')
    await act(async () => {})
    act(() => vi.advanceTimersByTime(15 * MINUTE + 1_000))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 5_000 }),
    ).toBeVisible()
    await waitFor(async () => expect((await call('/me', { token })).status).toBe(401))
  })

  it('a session past its expiry gets 401 on every request, and the app signs in and returns', async () => {
    const token = await signInAs('u-rev-1')
    // A session made 30 days ago: it expired 12 hours after that.
    await transact((db) => {
      const made = Date.now() - 30 * DAY
      db.sessions[token] = {
        userId: 'u-rev-1',
        createdAt: new Date(made).toISOString(),
        expiresAt: new Date(made + DAY / 2).toISOString(),
      }
      return commit(null)
    })
    const me = await call('/me', { token })
    expect(me.status).toBe(401)
    expect(me.headers.get('Content-Type')).toContain('application/problem+json')
    expect((await call('/cases', { token })).status).toBe(401)

    const { user, router } = await renderApp('/policies')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    expect(screen.getByText('Your session ended. Sign in again to carry on.')).toBeVisible()
    await user.click(await screen.findByRole('radio', { name: /Dr\. Avery Lindqvist/ }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Policies' })).toBeVisible()
    await waitFor(() => expect(router.state.location.pathname).toBe('/policies'))
  })

  it('a session whose record has no expiry ends 12 hours after it was made', async () => {
    const token = await signInAs('u-rev-1')
    await transact((db) => {
      db.sessions[token] = {
        userId: 'u-rev-1',
        createdAt: new Date(Date.now() - DAY / 2 - MINUTE).toISOString(),
      }
      return commit(null)
    })
    expect((await call('/me', { token })).status).toBe(401)
  })
})
