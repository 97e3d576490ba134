import { actorOf } from '../cases/actor.ts'
import { applyAppealDecision } from '../cases/appeal-decide.ts'
import { recordAppeal } from '../cases/appeal-record.ts'
import {
  denialOf,
  parseAppeal,
  parseAppealDecision,
  refuseAppeal,
  refuseAppealDecision,
} from '../cases/appeal-rules.ts'
import type { Refusal } from '../cases/appeal-rules.ts'
import { writeDb } from '../db.ts'
import { json, problemResponse, readJsonBody } from '../http.ts'
import { route } from './base.ts'
import { caseHeaders, ifMatchMatches } from './case-etag.ts'
import { findCase } from './cases.ts'

const refusalResponse = (r: Refusal) =>
  problemResponse(r.status, r.detail, r.errors ? { errors: r.errors } : {})

/**
 * POST /cases/{id}/appeal: a reviewer or a medical director logs the appeal of a denied
 * case (409 otherwise). POST /cases/{id}/appeal/decision: a medical director other than
 * the one who denied decides it, with If-Match as for a first decision.
 */
export const caseAppealHandlers = [
  route('post', '/cases/:id/appeal', async (args) => {
    const found = await findCase(args)
    if (!found.ok) return found.response
    const { db, user, stored } = found
    const refused = refuseAppeal(stored)
    const denial = denialOf(stored)
    if (refused || !denial)
      return refusalResponse(refused ?? { status: 409, detail: 'No denial on file.' })
    const body = await readJsonBody(args.request)
    if (!body.ok) return problemResponse(400, 'The request body is not valid JSON.')
    const now = new Date()
    const parsed = parseAppeal(body.value, now, denial.decidedAt)
    if (!parsed.ok)
      return problemResponse(400, 'Correct the appeal and record it again.', {
        errors: parsed.errors,
      })
    const result = recordAppeal(db, stored, parsed.value, actorOf(user), now)
    if (!result.ok) return refusalResponse(result.refusal)
    await writeDb(db)
    return json(result.updated, {
      status: 201,
      headers: { ETag: caseHeaders(result.updated).ETag },
    })
  }),

  route('post', '/cases/:id/appeal/decision', async (args) => {
    const found = await findCase(args)
    if (!found.ok) return found.response
    const { db, user, stored } = found
    const ifMatch = args.request.headers.get('If-Match')
    if (!ifMatch) return problemResponse(428, 'Send If-Match with the ETag of the case you read.')
    const body = await readJsonBody(args.request)
    if (!body.ok) return problemResponse(400, 'The request body is not valid JSON.')
    const parsed = parseAppealDecision(body.value)
    if (!parsed.ok)
      return problemResponse(400, 'The appeal decision is not in the expected form.', {
        errors: parsed.errors,
      })
    if (!ifMatchMatches(ifMatch, stored))
      return problemResponse(412, 'Someone changed this case after you opened it. Reload it.')
    const refusal = refuseAppealDecision(parsed.value, user, stored)
    if (refusal) return refusalResponse(refusal)
    const updated = applyAppealDecision(db, stored, parsed.value, actorOf(user), new Date())
    await writeDb(db)
    return json(updated, { headers: { ETag: caseHeaders(updated).ETag } })
  }),
]
