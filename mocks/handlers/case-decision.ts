import { HttpResponse } from 'msw'
import { actorOf } from '../cases/actor.ts'
import { applyDecision } from '../cases/decide.ts'
import { parseDecision } from '../cases/parse-decision.ts'
import { checkDecision } from '../../src/domain/decision-rules.ts'
import { writeDb } from '../db.ts'
import { problemResponse, readJsonBody } from '../http.ts'
import { route } from './base.ts'
import { caseHeaders, ifMatchMatches } from './case-etag.ts'
import { findCase } from './cases.ts'

/**
 * POST /cases/{id}/decision. If-Match carries the version the decider read, so a
 * decision made on a stale screen is refused (412) and the client refetches.
 */
export const caseDecisionHandler = route('post', '/cases/:id/decision', async (args) => {
  const found = await findCase(args)
  if (!found.ok) return found.response
  const { db, user, stored } = found
  const ifMatch = args.request.headers.get('If-Match')
  if (!ifMatch) return problemResponse(428, 'Send If-Match with the ETag of the case you read.')
  const body = await readJsonBody(args.request)
  if (!body.ok) return problemResponse(400, 'The request body is not valid JSON.')
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
  await writeDb(db)
  return HttpResponse.json(updated, { headers: { ETag: caseHeaders(updated).ETag } })
})
