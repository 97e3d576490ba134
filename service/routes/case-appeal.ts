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
import { commit } from '../store.ts'
import { json, problemResponse } from '../http.ts'
import { inOwnWords, route } from './base.ts'
import { caseHeaders, ifMatchMatches } from './case-etag.ts'
import { writeOnCase } from './cases.ts'
import { caseId, etag, ifMatch } from './doc-parts.ts'

const refusalResponse = (r: Refusal) =>
  problemResponse(r.status, r.detail, r.errors ? { errors: r.errors } : {})

/**
 * POST /cases/{id}/appeal: a reviewer or a medical director logs the appeal of a denied
 * case (409 otherwise). POST /cases/{id}/appeal/decision: a medical director other than
 * the one who denied decides it, with If-Match as for a first decision.
 */
export const caseAppealHandlers = [
  route(
    'post',
    '/cases/:id/appeal',
    {
      access: 'signed-in',
      body: 'AppealInput',
      doc: {
        summary:
          'Record the appeal (reconsideration) of a denied case; its clock, and a reviewer other than the denier',
        pathParams: caseId,
        responses: {
          201: { schema: 'StoredCase', description: 'The case, appeal in review', headers: etag },
        },
        problems: [400, 404, 409],
      },
    },
    (args) =>
      writeOnCase(
        args,
        ({ db, user, stored, body }) => {
          const refused = refuseAppeal(stored)
          const denial = denialOf(stored)
          if (refused || !denial)
            return refusalResponse(refused ?? { status: 409, detail: 'No denial on file.' })
          if (!body.ok) return body.response
          const now = new Date()
          const parsed = parseAppeal(body.value, now, denial.decidedAt)
          if (!parsed.ok)
            return problemResponse(400, 'Correct the appeal and record it again.', {
              errors: parsed.errors,
            })
          const result = recordAppeal(db, stored, parsed.value, actorOf(user), now)
          if (!result.ok) return refusalResponse(result.refusal)
          return commit(
            json(result.updated, {
              status: 201,
              headers: { ETag: caseHeaders(result.updated).ETag },
            }),
          )
          // The reviewer is the other director with the fewest open cases.
        },
        () => ({ openLoads: true }),
        // Every field's rule, as when the schema accepts; the denial's time is not read
        // here, so "before the denial" is said on the next try.
        inOwnWords('Correct the appeal and record it again.', (value) =>
          parseAppeal(value, new Date(), new Date(0).toISOString()),
        ),
      ),
  ),

  route(
    'post',
    '/cases/:id/appeal/decision',
    {
      access: 'signed-in',
      body: 'AppealDecisionInput',
      doc: {
        summary:
          'Decide the appeal: a medical director other than the one who denied (approve, uphold)',
        pathParams: caseId,
        parameters: [ifMatch],
        responses: {
          200: {
            schema: 'StoredCase',
            description: 'The case with its appeal decided',
            headers: etag,
          },
        },
        problems: [400, 403, 404, 409, 412, 428],
      },
    },
    (args) => {
      const ifMatch = args.request.headers.get('If-Match')
      return writeOnCase(
        args,
        ({ db, user, stored, body }) => {
          if (!ifMatch)
            return problemResponse(428, 'Send If-Match with the ETag of the case you read.')
          if (!body.ok) return body.response
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
          return commit(json(updated, { headers: { ETag: caseHeaders(updated).ETag } }))
        },
        // The case's letters come with it: the appeal decision appends its notices.
        (_, caseId) => ({ letters: [caseId] }),
        inOwnWords('The appeal decision is not in the expected form.', parseAppealDecision),
      )
    },
  ),
]
