import { screen } from '@testing-library/react'
import type { CaseSummary } from '../../src/api/schemas/case.ts'
import type { DemoUserId } from '../render-app.tsx'
import { listCases, tokenFor } from './api-helpers.ts'

/** An open case the given director holds, whose criteria did not approve it. */
export async function openCaseFor(
  userId: DemoUserId,
  outcome: CaseSummary['outcome'] = 'not-medically-necessary',
): Promise<CaseSummary> {
  const list = await listCases(
    await tokenFor(userId),
    '&assignedToMe=true&status=pending-md-review',
  )
  const found = list.items.find((c) => c.outcome === outcome)
  if (!found) throw new Error('The seed has no open case for this director')
  return found
}

// The first visit loads the case screen's code: on a busy machine that can take seconds.
export const decisionPanel = () =>
  screen.findByRole('region', { name: 'Decision' }, { timeout: 10_000 })
export const auditTrail = () => screen.findByRole('region', { name: 'Audit trail' })
