import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { apiAs, listCases, tokenFor } from '../review/api-helpers.ts'

const table = () => screen.findByRole('table', { name: /cases/i })
const bodyRows = (t: HTMLElement) => within(t).getAllByRole('row').slice(1)

describe('finding a case by its reference', () => {
  it('finds one case by the reference people say, keeps it in the URL, and clears it', async () => {
    const all = await listCases(await tokenFor('u-rev-1'))
    const wanted = all.items[3]!
    const { user, router } = await renderApp('/cases', { as: 'u-rev-1' })
    // `/cases` is the worklist (its code loads on first visit: a busy machine may take a while).
    await screen.findByRole('table', { name: /cases/i }, { timeout: 5000 })
    expect(screen.getByRole('heading', { level: 1, name: 'Worklist' })).toBeInTheDocument()

    // Typed the way people say it: lower case, the number without its zeros.
    const short = wanted.reference.toLowerCase().replace(/-0+(\d)/, '-$1')
    await user.type(screen.getByRole('textbox', { name: 'Case reference' }), short)
    await user.click(screen.getByRole('button', { name: 'Find' }))
    await waitFor(() => expect(router.state.location.search).toBe(`?reference=${wanted.reference}`))
    await waitFor(async () => expect(bodyRows(await table())).toHaveLength(1))
    const row = bodyRows(await table())[0]!
    expect(within(row).getByRole('link', { name: wanted.reference })).toHaveAttribute(
      'href',
      `/cases/${wanted.id}`,
    )

    await user.click(screen.getByRole('button', { name: 'Show all cases' }))
    await waitFor(async () => expect(bodyRows(await table())).toHaveLength(all.total))
    await waitFor(() => expect(router.state.location.search).toBe(''))
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
