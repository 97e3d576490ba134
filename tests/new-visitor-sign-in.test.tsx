import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { server } from '../mocks/node.ts'
import { askTimeoutMs } from '../src/api/session-share.ts'
import { renderApp } from './render-app.tsx'
import { tokenFor } from './support/factories.ts'

// Another tab of the same browser, on the channel the app's tabs share a sign-in on.
let otherTab: BroadcastChannel | null = null
afterEach(() => {
  otherTab?.close()
  otherTab = null
})

describe('a new visitor', () => {
  it('sees sign-in while the open tabs are asked, and an answer takes the tab on', async () => {
    const token = await tokenFor('u-md-1')
    otherTab = new BroadcastChannel('crd.session')
    const signInShownWhenAsked = new Promise<boolean>((resolve) => {
      otherTab!.onmessage = (e: MessageEvent<{ type: string }>) => {
        if (e.data.type !== 'ask') return
        // The question goes out after the first screen is committed: it is sign-in (it
        // was "Checking for a signed-in tab…" until the question timed out).
        resolve(screen.queryByRole('heading', { level: 1, name: 'Sign in' }) !== null)
        otherTab!.postMessage({ type: 'token', token })
      }
    })
    await renderApp('/sign-in')
    expect(await signInShownWhenAsked).toBe(true)
    expect(await screen.findByRole('heading', { level: 1, name: 'Worklist' })).toBeInTheDocument()
    expect(screen.getByLabelText('Signed in user')).toHaveTextContent('Dr. Avery Lindqvist')
  })

  it('takes a late answer from a busy tab: sign-in showed, then the tab is signed in', async () => {
    const token = await tokenFor('u-md-1')
    otherTab = new BroadcastChannel('crd.session')
    const asked = new Promise<void>((resolve) => {
      otherTab!.onmessage = (e: MessageEvent<{ type: string }>) => {
        if (e.data.type === 'ask') resolve()
      }
    })
    await renderApp('/sign-in')
    await asked
    // The answer comes after the question timed out: the app's timer, set before it
    // asked, is due before this one and runs first.
    await new Promise((resolve) => setTimeout(resolve, 2 * askTimeoutMs))
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    otherTab.postMessage({ type: 'token', token })
    expect(await screen.findByRole('heading', { level: 1, name: 'Worklist' })).toBeInTheDocument()
    expect(screen.getByLabelText('Signed in user')).toHaveTextContent('Dr. Avery Lindqvist')
  })

  it('gets the demo users with the sign-in screen when the mock service runs in the page', async () => {
    // The service could not list them now; the demo's fixed list does not need it.
    server.use(http.get('*/api/demo-users', () => HttpResponse.error()))
    const { user } = await renderApp('/')
    await user.click(await screen.findByRole('radio', { name: /Jordan Rivers, RN/ }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Worklist' })).toBeInTheDocument()
  })
})
