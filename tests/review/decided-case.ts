import type { StoredCase } from '../../src/api/schemas/case.ts'
import { validCase } from '../api/helpers.ts'
import type { DemoUserId } from '../render-app.tsx'
import { apiAs, tokenFor } from './api-helpers.ts'

let n = 0

/** A new case entered by a reviewer, through the API: with its assignee's demo id. */
export async function newCaseVia(over: Record<string, unknown> = {}) {
  const reviewer = await tokenFor('u-rev-1')
  const res = await apiAs(reviewer, '/cases', {
    method: 'POST',
    headers: { 'Idempotency-Key': `decided-case-${Date.now()}-${++n}` },
    body: JSON.stringify(validCase(over)),
  })
  const c = (await res.json()) as StoredCase
  return { c, assignee: c.assignedTo!.id as DemoUserId }
}

/** A case denied by its assignee on the criterion its determination applied. */
export async function deniedCaseVia(over: Record<string, unknown> = {}, peerToPeerOffered = true) {
  const { c, assignee } = await newCaseVia(over)
  const medicare = c.input.lineOfBusiness === 'medicare-advantage'
  const res = await apiAs(await tokenFor(assignee), `/cases/${c.id}/decision`, {
    method: 'POST',
    headers: { 'If-Match': '"v1"' },
    body: JSON.stringify({
      action: 'deny',
      rationale: 'The criteria are a blanket statement; no evidence of benefit.',
      criterion: {
        policyId: 'prolotherapy-sclerotherapy',
        criteriaSetId: medicare ? 'medicare' : 'non-medicare',
        rowId: medicare ? 'ncd' : 'any-indication',
      },
      memberReason: 'This injection has not been shown to work better than usual care.',
      peerToPeerOffered,
    }),
  })
  if (res.status !== 200) throw new Error(`Could not deny: ${res.status}`)
  return { c: (await res.json()) as StoredCase, assignee }
}
