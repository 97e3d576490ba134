import { actorOf } from '../cases/actor.ts'
import { applyDecision } from '../cases/decide.ts'
import { parseDecision } from '../cases/parse-decision.ts'
import { checkDecision } from '../../src/domain/decision-rules.ts'
import { commit, own, transact } from '../store.ts'
import { json, problemResponse } from '../http.ts'
import { inOwnWords, route } from './base.ts'
import { caseId, etag, ifMatch } from './doc-parts.ts'
import { caseHeaders, ifMatchMatches } from './case-etag.ts'

/**
 * POST /cases/{id}/decision. If-Match carries the version the decider read, so a
 * decision made on a stale screen is refused (412) and the client refetches. The body
 * is read first; the ETag check and the write then happen in one transaction, so of two
 * decisions sent together with one If-Match exactly one is recorded.
 */
export const caseDecisionHandler = route(
  'post',
  '/cases/:id/decision',
  {
    access: 'signed-in',
    body: 'DecisionInput',
    doc: {
      summary: 'Decide a case (approve, deny, pend)',
      pathParams: caseId,
      parameters: [ifMatch],
      responses: { 200: { schema: 'StoredCase', description: 'The decided case', headers: etag } },
      problems: [400, 403, 404, 409, 412, 428],
    },
  },
  async ({ request, params, auth, body: read }) => {
    const user = auth.user
    const ifMatch = request.headers.get('If-Match')
    const body = await read(decisionRefusal)
    const id = params.id ?? ''
    // The trail and the letters come with the case: the decision appends to both.
    const need = { cases: [id], audit: [id], letters: [id] }
    return transact((db) => {
      const stored = own(db.cases, id)
      if (!stored) return problemResponse(404, 'There is no such case.')
      if (!ifMatch) return problemResponse(428, 'Send If-Match with the ETag of the case you read.')
      if (!body.ok) return body.response
      const parsed = parseDecision(body.value)
      if (!parsed.ok)
        return problemResponse(400, 'The decision is not in the expected form.', {
          errors: parsed.errors,
        })
      if (!ifMatchMatches(ifMatch, stored))
        return problemResponse(412, 'Someone changed this case after you opened it. Reload it.')
      const refusal = checkDecision(parsed.value, {
        status: stored.status,
        determination: stored.determination,
        assignedTo: stored.assignedTo,
        decider: user,
      })
      if (refusal)
        return problemResponse(
          refusal.status,
          refusal.detail,
          refusal.errors ? { errors: refusal.errors } : {},
        )
      const updated = applyDecision(db, stored, parsed.value, actorOf(user), new Date())
      return commit(json(updated, { headers: { ETag: caseHeaders(updated).ETag } }))
    }, need)
  },
)

/** The decision form's own words where it has them, the schema's elsewhere. */
const decisionRefusal = inOwnWords('The decision is not in the expected form.', parseDecision)
