import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app.tsx'
import { decisionPanel, openCaseFor } from './review-helpers.ts'

// A blanket statement weighs no member fact: the case page never calls it "criteria not
// met", and evidence that matches the diagnosis is no success (the MTAC found it against).
describe('determination wording and colour', () => {
  it('non-Medicare: "insufficient evidence under the non-Medicare criteria", evidence neutral', async () => {
    const c = await openCaseFor('u-md-1')
    await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    await decisionPanel()
    expect(
      screen.getByText(/^Insufficient evidence under the non-Medicare criteria/),
    ).toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(/criteria not met/i)
    const match = screen.getByText(/Evidence addresses this case's diagnosis/)
    expect(match.closest('.notice')).not.toHaveClass('notice--success')
  })

  it('Medicare Advantage: "not covered under NCD 150.7"', async () => {
    const c = await openCaseFor('u-md-1', 'not-covered-medicare')
    await renderApp(`/cases/${c.id}`, { as: 'u-md-1' })
    await decisionPanel()
    expect(screen.getByText(/^Not covered under NCD 150\.7/)).toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(/criteria not met/i)
  })
})
