import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { listCases, tokenFor } from './api-helpers.ts'

describe('the printable decision summary', () => {
  it('shows the outcome, the member reason, the quoted criteria, the policy version and who decided', async () => {
    const denied = (await listCases(await tokenFor('u-md-1'), '&status=denied')).items.find(
      (c) => c.outcome === 'not-medically-necessary',
    )!
    const { user } = await renderApp(`/cases/${denied.id}/print`, { as: 'u-md-1' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Decision summary' }),
    ).toBeInTheDocument()
    expect(await screen.findByText('Denied', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByText(/The published studies do not show/)).toBeInTheDocument()
    // Quoted twice: as the criterion the decision relied on, and as the criteria applied.
    expect(
      screen.getAllByText(/There is insufficient evidence in the published medical literature/),
    ).toHaveLength(2)
    expect(screen.getByText('Prolotherapy/Sclerotherapy for ANY indication')).toBeInTheDocument()
    expect(
      screen.getByText(
        (_, el) =>
          el?.tagName === 'DD' &&
          /^Last reviewed \d{1,2} [A-Z][a-z]{2} \d{4}$/.test(el.textContent ?? ''),
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/criteria hash/)).not.toBeInTheDocument()
    expect(screen.getAllByText('Decision')).toHaveLength(1)
    expect(screen.getByText(/, (MD|DO), Medical director/, { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByText(denied.memberIdMasked)).toBeInTheDocument()
    expect(screen.queryByText(/SYN\d{7}/)).not.toBeInTheDocument()

    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    await user.click(screen.getByRole('button', { name: 'Print' }))
    expect(print).toHaveBeenCalledOnce()
    expect(screen.getByRole('button', { name: 'Print' }).closest('.no-print')).not.toBeNull()
  })

  it('is linked from the case page', async () => {
    const [first] = (await listCases(await tokenFor('u-md-1'), '&status=denied')).items
    const { user, router } = await renderApp(`/cases/${first!.id}`, { as: 'u-md-1' })
    // The first visit loads the case screen's code: on a busy machine that can take seconds.
    await user.click(
      await screen.findByRole('link', { name: 'Printable decision summary' }, { timeout: 10_000 }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${first!.id}/print`))
  })
})
