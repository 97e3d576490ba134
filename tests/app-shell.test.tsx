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
