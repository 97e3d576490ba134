import { act, screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  BEFORE_IDLE_SIGNOUT,
  type BeforeIdleSignoutDetail,
} from '../../src/components/idle-signout-event.ts'
import { renderApp } from '../render-app.tsx'

const MINUTE = 60_000

/** The worklist is on screen and its effects (the idle guard's clock among them) have run. */
async function ready() {
  await screen.findByRole('table')
  await act(async () => {})
}

describe('an idle session', () => {
  beforeEach(() => {
    // The fake clock runs on by itself too, so requests and React keep moving.
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('warns two minutes ahead with a countdown; "Stay signed in" keeps the session', async () => {
    await renderApp('/', { as: 'u-md-1' })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await ready()
    act(() => vi.advanceTimersByTime(12 * MINUTE))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    act(() => vi.advanceTimersByTime(MINUTE + 1_000))
    const dialog = await screen.findByRole('dialog', { name: 'You will be signed out soon' })
    expect(within(dialog).getByRole('timer')).toHaveTextContent('1:59')
    act(() => vi.advanceTimersByTime(30_000))
    expect(within(dialog).getByRole('timer')).toHaveTextContent('1:29')
    await user.click(within(dialog).getByRole('button', { name: 'Stay signed in' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    // The clock starts again from the click.
    act(() => vi.advanceTimersByTime(12 * MINUTE))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Worklist' })).toBeInTheDocument()
  })

  it('then lets open work save, signs out, clears the cache and replaces the page with sign-in', async () => {
    const { router, queryClient } = await renderApp('/', { as: 'u-md-1' })
    await ready()
    const saved = vi.fn()
    const onBefore = (e: Event) => {
      const { waitUntil } = (e as CustomEvent<BeforeIdleSignoutDetail>).detail
      waitUntil(new Promise((resolve) => setTimeout(() => resolve(saved()), 200)))
    }
    window.addEventListener(BEFORE_IDLE_SIGNOUT, onBefore)
    try {
      act(() => vi.advanceTimersByTime(15 * MINUTE + 1_000))
      expect(await screen.findByText('Saving your work and signing you out…')).toBeInTheDocument()
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 5_000 }),
      ).toBeInTheDocument()
      expect(saved).toHaveBeenCalledOnce()
      expect(
        screen.getByText(/You were signed out after a period without activity/),
      ).toBeInTheDocument()
      await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'))
      expect(router.state.historyAction).toBe('REPLACE')
      expect(sessionStorage.length).toBe(0)
      expect(queryClient.getQueryCache().findAll({ queryKey: ['cases'] })).toHaveLength(0)
    } finally {
      window.removeEventListener(BEFORE_IDLE_SIGNOUT, onBefore)
    }
  })

  it('measures from timestamps: a tab that comes back after its timers slept signs out at once', async () => {
    await renderApp('/', { as: 'u-rev-1' })
    await ready()
    // The clock moves on while no timer fires, as in a throttled background tab.
    act(() => {
      vi.setSystemTime(Date.now() + 20 * MINUTE)
      document.dispatchEvent(new Event('visibilitychange'))
    })
    // At once, in the same task: no interval had the chance to run.
    expect(screen.getByText('Saving your work and signing you out…')).toBeInTheDocument()
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 5_000 }),
    ).toBeInTheDocument()
  })

  it('counts pointer, key and scroll activity', async () => {
    await renderApp('/', { as: 'u-rev-1' })
    await ready()
    for (const fire of [
      () => window.dispatchEvent(new Event('pointerdown')),
      () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' })),
      () => document.dispatchEvent(new Event('scroll')),
    ]) {
      act(() => vi.advanceTimersByTime(10 * MINUTE))
      fire()
    }
    act(() => vi.advanceTimersByTime(10 * MINUTE))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
