import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'

// A signed-out visit to a crafted address puts it in history state as the place to
// return to after sign-in; a browser reads '//evil.example/x' as another origin.
describe('signing in from a crafted address', () => {
  it.each(['//evil.example/x', '/\\evil.example/x', '///evil.example'])(
    'returns to the worklist from %s',
    async (address) => {
      const { user, router } = await renderApp(address)
      expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
      await user.click(await screen.findByRole('radio', { name: /Dr\. Avery Lindqvist/ }))
      await user.click(screen.getByRole('button', { name: 'Sign in' }))
      expect(await screen.findByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible()
      await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    },
  )
})
