import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { listCases, tokenFor } from '../review/api-helpers.ts'
import { postCase } from '../api/helpers.ts'
import { listening } from '../../service/live/changes.ts'

const table = () => screen.findByRole('table', { name: /cases/i })
/** The case references of the rows on screen, in their order. */
const rowReferences = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('link').textContent)

describe('the live worklist', () => {
  it('offers a case another person created without moving the rows, and shows it when asked', async () => {
    const { user } = await renderApp('/?view=all', { as: 'u-md-1' })
    const before = await rowReferences()
    const other = await tokenFor('u-rev-1')
    const created = await postCase(other)
    expect(created.status).toBe(201)

    const offer = await screen.findByRole('button', { name: 'Show 1 new case' })
    // Said politely to a screen reader, where it appeared.
    expect(offer.closest('[aria-live="polite"]')).not.toBeNull()
    // The rows stay exactly as they were until the person asks.
    expect(await rowReferences()).toEqual(before)
    expect(before).not.toContain(created.body.reference)

    await user.click(offer)
    await waitFor(async () => expect(await rowReferences()).toContain(created.body.reference))
    expect(await rowReferences()).toHaveLength(before.length + 1)
    expect(screen.queryByRole('button', { name: /new case/ })).not.toBeInTheDocument()
    expect(screen.getByText('List updated.')).toBeInTheDocument()
  })

  it('offers nothing when no case changed', async () => {
    await renderApp('/?view=all', { as: 'u-md-1' })
    const total = (await listCases(await tokenFor('u-rev-1'))).total
    expect(await rowReferences()).toHaveLength(total)
    // A sign-in writes but changes no case: still nothing to offer once the list is read.
    await tokenFor('u-rev-2')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(screen.queryByRole('button', { name: /new case|list changed/i })).toBeNull()
  })

  it('closes its stream on sign-out and when the app unmounts', async () => {
    const first = await renderApp('/?view=all', { as: 'u-md-1' })
    await table()
    // The mock runs in this process: its one watcher counts the open streams.
    await expect.poll(listening).toBe(1)
    await first.user.click(screen.getByRole('button', { name: 'Sign out' }))
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    await expect.poll(listening).toBe(0)

    const second = await renderApp('/?view=all', { as: 'u-md-2' })
    await table()
    await expect.poll(listening).toBe(1)
    second.unmount()
    await expect.poll(listening).toBe(0)
  })
})
