import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'

describe('the service code combobox', () => {
  it('finds a HCPCS code by name, moves with the arrows, picks with Enter, closes with Escape', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    const box = await screen.findByRole('combobox', { name: 'Service code' })
    expect(box).toHaveAttribute('aria-expanded', 'false')
    await user.type(box, 'prolo')
    const list = await screen.findByRole('listbox', { name: 'Matching service codes' })
    expect(box).toHaveAttribute('aria-expanded', 'true')
    expect(box).toHaveAttribute('aria-controls', list.id)
    const option = within(list).getByRole('option', { name: /M0076/ })
    expect(option).toHaveTextContent('Prolotherapy')
    expect(option).toHaveTextContent('HCPCS Level II')
    await user.keyboard('{ArrowDown}')
    expect(box).toHaveAttribute('aria-activedescendant', option.id)
    expect(option).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Enter}')
    expect(box).toHaveValue('M0076')
    expect(box).toHaveAttribute('aria-expanded', 'false')
    // Enter picked the option; it did not send the form.
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).not.toBeInTheDocument()

    await user.clear(box)
    await user.type(box, 'M00')
    await screen.findByRole('listbox', { name: 'Matching service codes' })
    await user.keyboard('{Escape}')
    expect(box).toHaveAttribute('aria-expanded', 'false')
    expect(box).toHaveValue('M00')
  })

  it('Enter picks the only suggestion, and never sends the form', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    const box = await screen.findByRole('combobox', { name: 'Service code' })
    await user.type(box, 'prolotherapy')
    await screen.findByRole('option', { name: /M0076/ })
    await user.keyboard('{Enter}')
    expect(box).toHaveValue('M0076')
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).not.toBeInTheDocument()
    // No suggestion at all: Enter still does not send the half-filled form.
    await user.clear(box)
    await user.type(box, '20550')
    await screen.findByText(/No matching codes/)
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).not.toBeInTheDocument()
    expect(box).toHaveValue('20550')
  })

  it('allows free text: a code the library does not list is kept as typed', async () => {
    const { user } = await renderApp('/cases/new', { as: 'u-rev-1' })
    const box = await screen.findByRole('combobox', { name: 'Service code' })
    await user.type(box, '20550')
    expect(await screen.findByText(/No matching codes/)).toBeInTheDocument()
    await user.tab()
    expect(box).toHaveValue('20550')
    expect(box).not.toHaveAccessibleDescription(expect.stringContaining('Error'))
  })
})
