import { screen, within, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from './render-app.tsx'

describe('the app shell', () => {
  it('sends a signed-out visitor to sign in, then back to where they were going', async () => {
    const { user, router } = await renderApp('/policies')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('Select a demo user')).toBeInTheDocument()
    await user.click(await screen.findByRole('radio', { name: /Dr\. Avery Lindqvist/ }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Policies' })).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.pathname).toBe('/policies'))
    const signedIn = screen.getByLabelText('Signed in user')
    expect(within(signedIn).getByText('Dr. Avery Lindqvist')).toBeInTheDocument()
    expect(
      within(signedIn).getByText(/Medical director, Physical Medicine and Rehabilitation/),
    ).toBeInTheDocument()
    expect(document.title).toBe('Policies – Criteria Review Dashboard')
  })

  it('after a sign-out, sign-in returns only the same person to their page (issue 31)', async () => {
    const { user, router } = await renderApp('/cases/new', { as: 'u-rev-1' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'New case' }, { timeout: 10_000 }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    // A director at the same screen lands on their own start, not on the nurse's form.
    await user.click(await screen.findByRole('radio', { name: /Dr\. Avery Lindqvist/ }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Worklist' })).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(screen.queryByRole('heading', { level: 1, name: 'New case' })).toBeNull()

    // The nurse, signing in again where the director left, starts at the worklist too:
    // the address was the director's.
    await user.click(screen.getByRole('link', { name: 'Policies' }))
    await screen.findByRole('heading', { level: 1, name: 'Policies' })
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    await user.click(await screen.findByRole('radio', { name: /Jordan Rivers/ }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))

    // The same person signing in again goes back to where they were.
    await user.click(await screen.findByRole('link', { name: 'Policies' }))
    await screen.findByRole('heading', { level: 1, name: 'Policies' })
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    await user.click(await screen.findByRole('radio', { name: /Jordan Rivers/ }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Policies' })).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.pathname).toBe('/policies'))
  })

  it('navigates between screens and signs out', async () => {
    const { user } = await renderApp('/', { as: 'u-rev-1' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Worklist' })).toBeInTheDocument()
    expect(screen.getByRole('main')).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Main' })
    await user.click(within(nav).getByRole('link', { name: 'New case' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'New case' })).toBeInTheDocument()
    await user.click(within(nav).getByRole('link', { name: 'Policies' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Policies' })).toBeInTheDocument()
    expect(screen.getByText('Utilization reviewer')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(screen.getByText('You have signed out.')).toBeInTheDocument()
    expect(sessionStorage.length).toBe(0)
  })

  it('shows a not-found page for an unknown address', async () => {
    await renderApp('/no/such/page', { as: 'u-rev-1' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the worklist' })).toBeInTheDocument()
  })
})
