import { act, screen, waitFor } from '@testing-library/react'
import { getResponse, http } from 'msw'
import { unknown } from 'zod/mini'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { commit, transact } from '../../service/store.ts'
import { handlers } from '../../mocks/handlers/index.ts'
import { server } from '../../mocks/node.ts'
import { apiRequest, setUnauthorizedHandler } from '../../src/api/client.ts'
import { readSessionToken } from '../../src/api/session-token.ts'
import { call } from '../api/helpers.ts'
import { renderApp, signInAs } from '../render-app.tsx'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

describe('the end of a session', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('a 401 to a request sent with a session the tab has since left does not end the new one', async () => {
    const old = await signInAs('u-rev-1')
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.get(
        '*/api/me',
        async ({ request }) => {
          await released
          return getResponse(handlers, request)
        },
        { once: true },
      ),
    )
    const ended = vi.fn()
    setUnauthorizedHandler(ended)
    const late = apiRequest('/me', unknown())
    // Meanwhile the old session ends and the tab signs in as someone else.
    expect((await call('/sessions/current', { method: 'DELETE', token: old })).status).toBe(204)
    await signInAs('u-md-1')
    release()
    await expect(late).rejects.toMatchObject({ status: 401 })
    expect(ended).not.toHaveBeenCalled()
    // A 401 for the session the tab holds still ends it.
    await call('/sessions/current', { method: 'DELETE', token: readSessionToken() ?? '' })
    await expect(apiRequest('/me', unknown())).rejects.toMatchObject({ status: 401 })
    expect(ended).toHaveBeenCalledTimes(1)
  })

  it('Sign out ends the session on the service: the old token then gets 401', async () => {
    const { user } = await renderApp('/', { as: 'u-rev-1' })
    const token = readSessionToken() ?? ''
    expect((await call('/me', { token })).status).toBe(200)
    await user.click(await screen.findByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await waitFor(async () => expect((await call('/me', { token })).status).toBe(401))
  })

  it("Sign out everywhere ends this session and the same person's others", async () => {
    const elsewhere = (await call('/sessions', { method: 'POST', json: { userId: 'u-rev-1' } }))
      .body.token as string
    const { user } = await renderApp('/', { as: 'u-rev-1' })
    const token = readSessionToken() ?? ''
    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await waitFor(async () => expect((await call('/me', { token })).status).toBe(401))
    expect((await call('/me', { token: elsewhere })).status).toBe(401)
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
