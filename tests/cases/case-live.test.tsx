import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
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
    await renderApp(`/cases/${id}`, { as: other })
    await screen.findByRole('heading', { level: 1, name: `Case ${reference}` })
    // The question is asked with the page: wait for its answer to have arrived.
    await new Promise((resolve) => setTimeout(resolve, 300))
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
})
