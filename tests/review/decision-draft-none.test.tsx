import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node.ts'
import { readDecisionDraft, saveDecisionDraft } from '../../src/api/queries/decision-drafts.ts'
import { signInAs } from '../render-app.tsx'
import { openCaseFor } from './review-helpers.ts'

// Issue 31: a case page without a decision draft must not be an error. The service is
// moving from 404 to 204 for "no draft"; the app reads both as "none".
describe('a case with no decision draft', () => {
  it('reads as no draft whether the service answers 404 or 204, and a kept one as itself', async () => {
    const c = await openCaseFor('u-md-1')
    await signInAs('u-md-1')
    expect(await readDecisionDraft(c.id)).toBeNull()
    server.use(
      http.get('*/api/cases/:id/decision-draft', () => new HttpResponse(null, { status: 204 }), {
        once: true,
      }),
    )
    expect(await readDecisionDraft(c.id)).toBeNull()
    await saveDecisionDraft(c.id, { rationale: 'Kept.' })
    expect((await readDecisionDraft(c.id))?.values).toEqual({ rationale: 'Kept.' })
  })
})
