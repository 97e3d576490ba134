import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node.ts'
import { STILL_VIEWING_EVERY_MS } from '../../src/features/cases/detail/use-still-viewing.ts'
import { renderApp } from '../render-app.tsx'
import { apiAs, tokenFor } from '../review/api-helpers.ts'
import { approve, postCase } from '../api/helpers.ts'
import type { DemoUserId } from '../render-app.tsx'

const names: Record<string, string> = {
  'u-md-1': 'Dr. Avery Lindqvist',
  'u-md-2': 'Dr. Rowan Okafor',
}

/** A case a reviewer entered, its director, and the other director. */
async function caseInQueue() {
  const created = await postCase(await tokenFor('u-rev-1'))
  const director = created.body.assignedTo.id as DemoUserId
  const other: DemoUserId = director === 'u-md-1' ? 'u-md-2' : 'u-md-1'
  const reference = created.body.reference as string
  return { id: created.body.id as string, reference, director, other }
}

describe('a case open in two browsers', () => {
  it('says who else has the case open, politely', async () => {
    const { id, director, other } = await caseInQueue()
    expect((await apiAs(await tokenFor(director), `/cases/${id}`)).status).toBe(200)

    await renderApp(`/cases/${id}`, { as: other })
    const said = await screen.findByText(`Also on this case: ${names[director]} (medical director)`)
    expect(said.closest('[aria-live="polite"]')).not.toBeNull()
    // The person reading is never named to themselves.
    expect(said).not.toHaveTextContent(names[other]!)
  })

  it('names no one when nobody else opened it', async () => {
    const { id, reference, other } = await caseInQueue()
    const { queryClient } = await renderApp(`/cases/${id}`, { as: other })
    await screen.findByRole('heading', { level: 1, name: `Case ${reference}` })
    // The question is asked with the page: wait for its answer to be in the page's hands
    // (an empty list), so the check below is made after it, however slow the machine.
    await waitFor(() =>
      expect(queryClient.getQueryData(['live', 'viewers', id])).toEqual(expect.any(Object)),
    )
    expect(screen.queryByText(/Also on this case/)).toBeNull()
  })

  it('shows a decision another director recorded while the page was open, and says who', async () => {
    const { id, reference, director, other } = await caseInQueue()
    await renderApp(`/cases/${id}`, { as: other })
    await screen.findByRole('heading', { level: 1, name: `Case ${reference}` })
    expect(screen.queryByText(/This case was changed by/)).toBeNull()

    const token = await tokenFor(director)
    const decided = await apiAs(token, `/cases/${id}/decision`, {
      method: 'POST',
      body: JSON.stringify(approve),
      headers: { 'If-Match': '"v1"' },
    })
    expect(decided.status).toBe(200)

    const notice = await screen.findByText(
      new RegExp(`This case was changed by ${names[director]} while you had it open`),
    )
    expect(notice.closest('[aria-live="polite"]')).not.toBeNull()
  })

  it('keeps saying the case is open while the page is shown, and the list of viewers follows', async () => {
    const { id, reference, director, other } = await caseInQueue()
    // What the page sends, seen on the network: each "still on this case".
    const beats: DocumentVisibilityState[] = []
    const listen = ({ request }: { request: Request }) => {
      const { pathname } = new URL(request.url)
      if (request.method === 'POST' && pathname.endsWith(`/cases/${id}/viewing`))
        beats.push(document.visibilityState)
    }
    const showPage = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
    }
    server.events.on('request:start', listen)
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    try {
      await renderApp(`/cases/${id}`, { as: other })
      await screen.findByRole('heading', { level: 1, name: `Case ${reference}` })
      expect(screen.queryByText(/Also on this case/)).toBeNull()
      // The other director opens the case after this page did.
      expect((await apiAs(await tokenFor(director), `/cases/${id}`)).status).toBe(200)

      act(() => vi.advanceTimersByTime(STILL_VIEWING_EVERY_MS))
      await waitFor(() => expect(beats).toEqual(['visible']))
      await screen.findByText(`Also on this case: ${names[director]} (medical director)`)

      // A tab in the background is not someone on the case: it says nothing then...
      act(() => showPage('hidden'))
      act(() => vi.advanceTimersByTime(3 * STILL_VIEWING_EVERY_MS))
      expect(beats).toHaveLength(1)
      // ...and says so again as soon as it is shown.
      act(() => showPage('visible'))
      await waitFor(() => expect(beats).toEqual(['visible', 'visible']))
    } finally {
      vi.useRealTimers()
      server.events.removeListener('request:start', listen)
      Reflect.deleteProperty(document, 'visibilityState')
    }
  })
})
