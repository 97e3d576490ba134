import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { postCase } from '../api/helpers.ts'
import { tokenFor } from '../review/api-helpers.ts'
import { renderApp } from '../render-app.tsx'

// The case page's chunk loads on first use: slow on a cold, busy machine.
const caseDetails = () => screen.findByRole('region', { name: 'Case details' }, { timeout: 10_000 })

describe('the case shows its ask-for-information clock beside the decision clock', () => {
  it('a Washington fax request: 5 calendar days to ask for information (RCW 48.43.830)', async () => {
    const token = await tokenFor('u-rev-1')
    const res = await postCase(token, {
      lineOfBusiness: 'commercial-group',
      groupFunding: 'fully-insured',
      requestChannel: 'fax-phone',
      urgency: 'standard',
    })
    expect(res.status).toBe(201)
    await renderApp(`/cases/${res.body.id}`, { as: 'u-rev-1' })
    const details = await caseDetails()
    expect(within(details).getByText('Ask for information by')).toBeInTheDocument()
    expect(
      within(details).getByText(
        /^5 calendar days \(RCW 48\.43\.830 \(E2SHB 1357\): for a nonelectronic/,
      ),
    ).toBeInTheDocument()
  })

  it('a Medicare Advantage request has no such clock', async () => {
    const token = await tokenFor('u-rev-1')
    const res = await postCase(token, {
      lineOfBusiness: 'medicare-advantage',
      groupFunding: undefined,
    })
    expect(res.status).toBe(201)
    await renderApp(`/cases/${res.body.id}`, { as: 'u-rev-1' })
    const details = await caseDetails()
    expect(within(details).queryByText('Ask for information by')).toBeNull()
  })
})
