import { partiesNeed } from '../members/parties.ts'
import { actorOf } from '../cases/actor.ts'
import { commit, own, readDb, transact } from '../store.ts'
import { mapPasBundle } from '../fhir/bundle-to-case.ts'
import { responseBundle } from '../fhir/claim-response.ts'
import { findInquiry, inquiryAnswer } from '../fhir/inquiry.ts'
import { fhirResponse, outcomeResponse } from '../fhir/operation-outcome.ts'
import { createPasCases, requestCases } from '../fhir/store-submission.ts'
import { checkSubmission } from '../fhir/submission.ts'
import { json, problemResponse, readJsonBody } from '../http.ts'
import { bodyHash } from '../stable-json.ts'
import { requireUser, route, type RouteArgs } from './base.ts'
import { caseHeaders } from './case-etag.ts'
import { findCase, withMembersCases } from './cases.ts'
import { noteAccess } from './note-access.ts'
import { parsePasText } from '../fhir/parse-text.ts'

const notJson = () =>
  outcomeResponse(400, [
    {
      severity: 'error',
      expression: 'Bundle',
      message: 'The request body is not JSON: send a FHIR Bundle as application/fhir+json',
    },
  ])

/**
 * `$submit`: a PAS request Bundle becomes a case, created exactly as `POST /cases`
 * creates one. A resend with the same Bundle identifier (per user) answers the case's
 * current state instead of making a second case; the same identifier on another
 * request is refused. Nothing is written unless the case is.
 */
async function submit({ request }: RouteArgs) {
  const auth = await requireUser(request)
  if (!auth.ok) return auth.response
  const body = await readJsonBody(request)
  if (!body.ok) return notJson()
  const now = new Date()
  const bundleId = mapPasBundle(body.value).bundleIdentifier
  const slot = bundleId && `${auth.user.id} pas ${bundleId.system ?? ''}|${bundleId.value}`
  const checked = checkSubmission(body.value, now)
  const hash = bodyHash(body.value)
  // The resend check and the create in one transaction: two resends at once make one request.
  return transact(
    async (db, more) => {
      const seen = slot ? own(db.idempotency, slot) : undefined
      if (seen && seen.bodyHash !== hash)
        return outcomeResponse(422, [
          {
            severity: 'error',
            expression: 'Bundle.identifier',
            message: 'This Bundle identifier was already used for a different request',
          },
        ])
      const earlierId = seen && String((seen.body as { caseId?: string }).caseId)
      if (earlierId) await more({ cases: [earlierId] })
      const earlier = earlierId ? own(db.cases, earlierId) : undefined
      if (earlier) {
        // The request's other items: cases of the same member (one Patient per request).
        await more({ casesOfMembers: [earlier.input.memberId] })
        return fhirResponse(responseBundle(requestCases(db, earlier), now))
      }

      if (!checked.ok || !slot || !bundleId)
        return outcomeResponse(400, checked.ok ? [] : checked.issues)
      let stored
      try {
        const actor = actorOf(auth.user)
        // Each case keeps its member's and provider's records as they stand (letters read them).
        for (const { input } of checked.reviews) await more(partiesNeed(input))
        stored = createPasCases({ db, checked, bundleIdentifier: bundleId, actor, now })
      } catch {
        return outcomeResponse(400, [
          {
            severity: 'error',
            expression: 'Bundle.timestamp',
            message: 'The turnaround clock cannot be set for this date',
          },
        ])
      }
      db.idempotency[slot] = {
        ...{ storedAt: now.toISOString(), bodyHash: hash, status: 200 },
        ...{ body: { caseId: stored[0]?.id }, headers: {} },
      }
      const listed = checked.mapping.issues.filter((i) => i.severity !== 'error')
      return commit(
        fhirResponse(responseBundle(stored, now, listed), 200, {
          ...(stored[0] ? { Location: caseHeaders(stored[0]).Location } : {}),
        }),
      )
    },
    { idempotency: slot ? [slot] : [], newCases: true },
  )
}

/** `$inquire`: the current answer for a request sent earlier. */
async function inquire({ request }: RouteArgs) {
  const auth = await requireUser(request)
  if (!auth.ok) return auth.response
  const body = await readJsonBody(request)
  if (!body.ok) return notJson()
  // Only the named member's cases are read: an inquiry matches within one member.
  const memberId = mapPasBundle(body.value).fields.memberId
  const db = await readDb({ casesOfMembers: memberId ? [memberId] : [] })
  const found = findInquiry(db, body.value)
  if (!found.ok) return outcomeResponse(400, found.issues)
  if (found.found) {
    const ids = requestCases(db, found.found).map((c) => c.id)
    await noteAccess(request, auth.user, 'pas-inquiry', ids)
  }
  return fhirResponse(inquiryAnswer(db, found.found, new Date()))
}

/** `$parse`: what a Bundle would fill in the case form; creates nothing. */
async function parse({ request }: RouteArgs) {
  const auth = await requireUser(request)
  if (!auth.ok) return auth.response
  const body = await readJsonBody(request)
  const text =
    body.ok && typeof body.value === 'object' && body.value !== null
      ? (body.value as { bundle?: unknown }).bundle
      : undefined
  if (typeof text !== 'string' || text.length > 2_000_000)
    return problemResponse(400, 'Send { "bundle": "<the Bundle as text>" }.', {
      errors: { bundle: ['Paste or drop a PAS Bundle'] },
    })
  return json(parsePasText(text))
}

const operations: Record<string, (args: RouteArgs) => Promise<Response>> = {
  $submit: submit,
  $inquire: inquire,
  $parse: parse,
}

export const fhirHandlers = [
  route('post', '/fhir/Claim/:operation', (args) => {
    const op = Object.hasOwn(operations, args.params.operation ?? '')
      ? operations[args.params.operation ?? '']
      : undefined
    return op
      ? op(args)
      : outcomeResponse(404, [
          {
            severity: 'error',
            expression: 'Claim',
            message: 'Unknown operation: use $submit, $inquire or $parse',
          },
        ])
  }),
  route('get', '/cases/:id/pas-response', async (args) => {
    const found = await findCase(args)
    if (!found.ok) return found.response
    if (!found.stored.source)
      return problemResponse(404, 'This case did not come in as a PAS request.')
    const db = await withMembersCases(found.db, found.stored)
    const cases = requestCases(db, found.stored)
    await noteAccess(
      args.request,
      found.user,
      'read-pas-answer',
      cases.map((c) => c.id),
    )
    return fhirResponse(responseBundle(cases, new Date()))
  }),
]
