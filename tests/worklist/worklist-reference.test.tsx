import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { commit, transact } from '../../service/store.ts'
import { apiAs, listCases, tokenFor } from '../review/api-helpers.ts'

const table = () => screen.findByRole('table', { name: /cases/i })
const bodyRows = (t: HTMLElement) => within(t).getAllByRole('row').slice(1)

describe('finding a case by its reference', () => {
  it('finds one case by the reference people say, keeps it in the URL, and clears it', async () => {
    const all = await listCases(await tokenFor('u-rev-1'))
    const wanted = all.items[3]!
    const { user, router } = await renderApp('/cases?view=all', { as: 'u-rev-1' })
    // `/cases` is the worklist (its code loads on first visit: a busy machine may take a while).
    await screen.findByRole('table', { name: /cases/i }, { timeout: 5000 })
    expect(screen.getByRole('heading', { level: 1, name: 'Worklist' })).toBeInTheDocument()

    // Typed the way people say it: lower case, the number without its zeros.
    const short = wanted.reference.toLowerCase().replace(/-0+(\d)/, '-$1')
    await user.type(screen.getByRole('textbox', { name: 'Case reference' }), short)
    await user.click(screen.getByRole('button', { name: 'Find' }))
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?view=all&reference=${wanted.reference}`),
    )
    await waitFor(async () => expect(bodyRows(await table())).toHaveLength(1))
    const row = bodyRows(await table())[0]!
    expect(within(row).getByRole('link', { name: wanted.reference })).toHaveAttribute(
      'href',
      `/cases/${wanted.id}`,
    )

    await user.click(screen.getByRole('button', { name: 'Show all cases' }))
    await waitFor(async () => expect(bodyRows(await table())).toHaveLength(all.total))
    await waitFor(() => expect(router.state.location.search).toBe('?view=all'))
  })

  it('refuses anything but a reference, so a member id never reaches the URL', async () => {
    const { user, router } = await renderApp('/', { as: 'u-rev-1' })
    await table()
    const box = screen.getByRole('textbox', { name: 'Case reference' })
    await user.type(box, 'AB12345678')
    await user.click(screen.getByRole('button', { name: 'Find' }))
    expect(await screen.findByText('Enter a case reference like UM-2026-000042')).toBeVisible()
    expect(box).toHaveValue('AB12345678')
    expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(router.state.location.search).toBe('')
  })

  it('the service finds by exact reference and refuses a malformed one (400)', async () => {
    const token = await tokenFor('u-rev-1')
    const all = await listCases(token)
    const one = await listCases(token, `&reference=${all.items[0]!.reference}`)
    expect(one.items.map((c) => c.id)).toEqual([all.items[0]!.id])
    const bad = await apiAs(token, '/cases?reference=AB12345678')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty(
      'reference',
    )
  })
})

describe('a reference search and an empty list say what is true (issue 31)', () => {
  it('a reference finds its case in My queue whatever the view and filters', async () => {
    // A case that is neither in u-md-1's queue nor expedited: every filter would hide it.
    const all = await listCases(await tokenFor('u-md-1'))
    const wanted = all.items.find((c) => c.assignedTo?.id !== 'u-md-1' && c.urgency === 'standard')!
    const { user, router } = await renderApp('/?urgency=expedited&overdue=true', { as: 'u-md-1' })
    // These filters hold nothing in the queue: the list says so.
    expect(
      await screen.findByText(
        'No case in your queue matches these filters.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeVisible()
    await user.type(screen.getByRole('textbox', { name: 'Case reference' }), wanted.reference)
    await user.click(screen.getByRole('button', { name: 'Find' }))
    const found = await screen.findByRole('table', {
      name: `Cases with the reference ${wanted.reference}: 1 case`,
    })
    expect(within(found).getByRole('link', { name: wanted.reference })).toBeInTheDocument()
    expect(screen.queryByText(/matches these filters/)).toBeNull()
    // The filters stay in the address, and come back when the search is cleared.
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        `?urgency=expedited&overdue=true&reference=${wanted.reference}`,
      ),
    )
    await user.click(screen.getByRole('button', { name: 'Show all cases' }))
    await waitFor(() =>
      expect(router.state.location.search).toBe('?urgency=expedited&overdue=true'),
    )
    expect(screen.getByRole('checkbox', { name: 'Expedited' })).toBeChecked()
  })

  it('a reference nobody has says so, not "matches these filters"', async () => {
    const { user } = await renderApp('/?urgency=expedited', { as: 'u-rev-1' })
    await screen.findByRole('table', { name: /cases/i }, { timeout: 10_000 })
    await user.type(screen.getByRole('textbox', { name: 'Case reference' }), 'UM-1999-999999')
    await user.click(screen.getByRole('button', { name: 'Find' }))
    expect(await screen.findByText('No case has the reference UM-1999-999999.')).toBeVisible()
  })

  it('an empty My queue with no filter says the queue is empty', async () => {
    // Every case of u-md-1 goes to u-md-2, as if the director had decided them all.
    await transact((db) => {
      const md2 = Object.values(db.cases).find((c) => c.assignedTo?.id === 'u-md-2')!.assignedTo
      for (const [id, c] of Object.entries(db.cases))
        if (c.assignedTo?.id === 'u-md-1') db.cases[id] = { ...c, assignedTo: md2 }
      return commit(null)
    })
    const { user, router } = await renderApp('/', { as: 'u-md-1' })
    expect(
      await screen.findByText(
        /^Nothing waiting for you: no case in your queue waits for your decision\./,
        {},
        { timeout: 10_000 },
      ),
    ).toBeVisible()
    expect(screen.queryByText(/match/)).toBeNull()
    // With a filter set, the same empty list is the filter's doing, and says so.
    await user.click(screen.getByRole('button', { name: 'More filters' }))
    await user.click(screen.getByRole('checkbox', { name: 'Expedited' }))
    expect(await screen.findByText(/^No case in your queue matches these filters\./)).toBeVisible()
    // Every case is a click away: the link leads to all of them.
    await user.click(screen.getByRole('link', { name: 'See all cases' }))
    await waitFor(() => expect(router.state.location.search).toBe('?view=all'))
    expect(await screen.findByRole('table', { name: /^All cases: \d+ cases$/ })).toBeInTheDocument()
  })
})
