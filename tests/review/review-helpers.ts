import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node.ts'
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

/** A denial typed into the decision panel as a director would, up to "Continue to confirm". */
export async function typeDenial(
  user: UserEvent,
  panel: HTMLElement,
  words = { reason: 'Not shown to help your back pain.', rationale: 'Blanket criteria.' },
) {
  await user.click(within(panel).getByRole('radio', { name: /^Deny$/ }))
  await user.type(
    within(panel).getByRole('textbox', { name: /Reason specific to the member/ }),
    words.reason,
  )
  await user.click(within(panel).getByRole('radio', { name: 'No' }))
  await user.type(within(panel).getByRole('textbox', { name: /^Rationale/ }), words.rationale)
}

/** The next decision POST is refused with field errors, as the service words a problem. */
export function refuseNextDecision(
  status: number,
  title: string,
  errors: Record<string, string[]>,
) {
  server.use(
    http.post(
      '*/api/cases/:id/decision',
      () =>
        HttpResponse.json(
          { type: 'about:blank', title, status, errors },
          { status, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      { once: true },
    ),
  )
}
