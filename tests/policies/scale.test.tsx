import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addSyntheticPolicy } from '../../service/data/library.ts'
import { evidenceRows } from '../../src/features/evidence/evidence-rows.ts'
import { renderApp } from '../render-app.tsx'
import { syntheticLibrary, syntheticPolicy } from '../support/synthetic-policy.ts'

const big = syntheticPolicy({ id: 'syn-big', studies: 2000, seed: 7 })

/** jsdom has no layout: give the scroll box a size so the virtualizer renders a window. */
function giveElementsASize() {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200)
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(100)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('at scale (synthetic policies)', () => {
  it('lists 200 synthetic policies beside the real one', async () => {
    for (const p of syntheticLibrary(200)) await addSyntheticPolicy(p)
    const { user } = await renderApp('/policies', { as: 'u-md-1' })
    // Generous waits: 201 rows in jsdom on a busy machine are slow, though not in a browser.
    const slow = { timeout: 5000 }
    const table = await screen.findByRole('table', { name: 'Policies' }, slow)
    expect(within(table).getAllByRole('link')).toHaveLength(201)
    expect(screen.getByText('201 policies')).toBeInTheDocument()
    await user.type(screen.getByRole('searchbox', { name: /Search policies/ }), 'S0150')
    expect(await screen.findByText('1 policy match “S0150”', {}, slow)).toBeInTheDocument()
    expect(within(table).getByRole('link', { name: 'SYNTHETIC policy syn-150' })).toBeVisible()
  })

  it('filters 2,000 precomputed rows to the expected studies', () => {
    // Its speed is measured by the bench (evidence filter keystroke to rows), not here.
    const rows = evidenceRows({
      policyId: big.id,
      title: big.title,
      reviews: big.mtacReviews,
      studies: big.studies,
    })
    expect(rows).toHaveLength(2000)
    // "Synthetic A26, et al" is study 27; A260… do not exist: exactly that one row.
    const found = rows.filter((r) => r.search.includes('a26,'))
    expect(found.map((r) => r.study.id)).toEqual(['syn-big-study-27'])
  })

  it('virtualizes 2,000 studies and keeps table semantics', async () => {
    await addSyntheticPolicy(big)
    giveElementsASize()
    const { user } = await renderApp(`/policies/${big.id}/evidence`, { as: 'u-md-1' })
    const table = await screen.findByRole('table', { name: 'Studies' })
    expect(table).toHaveAttribute('aria-rowcount', '2001')
    expect(screen.getByText('Showing 2,000 of 2,000 studies')).toBeInTheDocument()
    const rendered = within(table).getAllByRole('rowheader')
    expect(rendered.length).toBeGreaterThan(0)
    expect(rendered.length).toBeLessThan(40)
    expect(rendered[0]!.closest('tr')).toHaveAttribute('aria-rowindex', '2')

    const filter = screen.getByRole('searchbox', { name: 'Filter studies' })
    await user.type(filter, 'A26,')
    // "Synthetic A26, et al" is study 27; A260… do not exist, so exactly one row is left.
    expect(screen.getByText('Showing 1 of 2,000 studies')).toBeInTheDocument()
    expect(table).not.toHaveAttribute('aria-rowcount')
  })
})
