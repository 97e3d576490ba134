import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { deniedCase } from '../api/appeal-helpers.ts'
import { renderApp } from '../render-app.tsx'
import { auditTrail } from './review-helpers.ts'

/** Issue 31: the screen speaks a reviewer's words, not the developer's. */
describe('words a reviewer uses', () => {
  it('the audit trail names the policy version, not a criteria hash', async () => {
    const { id } = await deniedCase({ lineOfBusiness: 'individual-family' }, 'u-md-1')
    await renderApp(`/cases/${id}`, { as: 'u-rev-1' })
    const trail = await auditTrail()
    const proposed = await within(trail).findByText((_, el) =>
      Boolean(el?.matches('li') && /Proposed outcome for service code/.test(el.textContent ?? '')),
    )
    expect(proposed).toHaveTextContent(
      /: Proposed outcome for service code M0076: Not medically necessary \(Prolotherapy\/Sclerotherapy, last reviewed \d{1,2} [A-Z][a-z]{2} \d{4}\)/,
    )
    expect(screen.getByRole('main')).not.toHaveTextContent(/criteria hash|[0-9a-f]{16}/)
  })

  it('the appeal form says the plan’s time zone as people say it', async () => {
    const { id } = await deniedCase({ lineOfBusiness: 'individual-family' }, 'u-md-1')
    const { user } = await renderApp(`/cases/${id}`, { as: 'u-rev-1' })
    const panel = await screen.findByRole('region', { name: 'Appeal' }, { timeout: 10_000 })
    await user.click(within(panel).getByRole('button', { name: 'Record an appeal' }))
    expect(within(panel).getByLabelText('Appeal received')).toHaveAccessibleDescription(
      expect.stringContaining('Pacific time (Seattle).'),
    )
    expect(screen.getByRole('main')).not.toHaveTextContent(/America\/Los_Angeles/)
  })
})
