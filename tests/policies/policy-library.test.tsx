import { screen, within, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addSyntheticPolicy } from '../../service/data/library.ts'
import { renderApp } from '../render-app.tsx'
import { syntheticPolicy } from '../support/synthetic-policy.ts'

describe('the policy library', () => {
  it('lists each policy with its codes, last review and an overdue flag in words', async () => {
    await renderApp('/policies', { as: 'u-md-1' })
    const table = await screen.findByRole('table', { name: 'Policies' })
    const row = within(table).getByRole('row', { name: /Prolotherapy\/Sclerotherapy/ })
    expect(within(row).getByRole('link', { name: 'Prolotherapy/Sclerotherapy' })).toHaveAttribute(
      'href',
      '/policies/prolotherapy-sclerotherapy',
    )
    expect(within(row).getByText('M0076')).toBeInTheDocument()
    expect(within(row).getByText('7 Nov 2023')).toBeInTheDocument()
    expect(within(row).getByText('Review overdue')).toBeInTheDocument()
  })

  it('searches by title or by code, and keeps the search in the address', async () => {
    await addSyntheticPolicy(syntheticPolicy({ id: 'syn-a', studies: 1, code: 'J9999' }))
    const { user, router } = await renderApp('/policies', { as: 'u-md-1' })
    const table = await screen.findByRole('table', { name: 'Policies' })
    expect(within(table).getAllByRole('link')).toHaveLength(2)
    const search = screen.getByRole('searchbox', { name: /Search policies/ })
    await user.type(search, 'm0076')
    expect(await screen.findByText('1 policy match “m0076”')).toBeInTheDocument()
    expect(within(table).getAllByRole('link')).toHaveLength(1)
    await waitFor(() => expect(router.state.location.search).toBe('?q=m0076'))
    await user.clear(search)
    await user.type(search, 'synthetic')
    expect(await screen.findByRole('link', { name: /^SYNTHETIC/ })).toBeInTheDocument()
    await user.clear(search)
    await user.type(search, 'nothing like this')
    expect(await screen.findByText(/No policy matches this search/)).toBeInTheDocument()
  })

  it('looks up a code by code or by HCPCS name and lists the policies that carry it', async () => {
    const { user } = await renderApp('/policies#code-check', { as: 'u-md-1' })
    const section = await screen.findByRole('region', { name: 'Code look-up' })
    expect(section).toHaveAttribute('id', 'code-check')
    expect(section).toHaveFocus()
    const input = within(section).getByRole('searchbox', { name: 'Code or name' })
    await user.type(input, 'prolo')
    const results = await within(section).findByRole('table', { name: '1 code found' })
    const row = within(results).getByRole('row', { name: /M0076/ })
    expect(within(row).getByText('HCPCS')).toBeInTheDocument()
    expect(within(row).getByText('Prolotherapy')).toBeInTheDocument()
    expect(within(row).getByRole('link', { name: 'Prolotherapy/Sclerotherapy' })).toBeVisible()
    await user.clear(input)
    await user.type(input, 'Q1234')
    expect(await within(section).findByText(/No code matches “Q1234”/)).toBeInTheDocument()
  })
})
