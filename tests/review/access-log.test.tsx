import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { decisionPanel, openCaseFor } from './review-helpers.ts'

describe('who opened this case', () => {
  it('a medical director asks for the access log and reads each read, newest first', async () => {
    const c = await openCaseFor('u-md-1')
    const view = await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    await decisionPanel()
    const panel = screen.getByRole('region', { name: 'Who opened this case' })
    // Not loaded with the page: asking is itself a read, and the log records it.
    expect(within(panel).queryByRole('table')).toBeNull()
    await view.user.click(within(panel).getByRole('button', { name: 'Show the access log' }))
    const table = await within(panel).findByRole('table', {
      name: 'Every read of this case, newest first',
    })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows[0]).toHaveTextContent(/Read this access log/)
    expect(rows[0]).toHaveTextContent(/Medical director/i)
    expect(rows.some((r) => /Opened the case/.test(r.textContent ?? ''))).toBe(true)
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['When', 'Who', 'What', 'From'])
  })

  it('a utilization reviewer has no access log on the case page', async () => {
    const c = await openCaseFor('u-md-1')
    await renderApp(`/cases/${c.id}`, { as: 'u-rev-1' })
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: `Case ${c.reference}` },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Who opened this case' })).toBeNull()
  })
})
