import { partiesNeed } from '../members/parties.ts'
import { commit, own, readDb, transact } from '../store.ts'
import { mapPasBundle } from '../fhir/bundle-to-case.ts'
import { responseBundle, type Answering } from '../fhir/claim-response.ts'
import { findInquiry, inquiryAnswer } from '../fhir/inquiry.ts'
import { fhirResponse, outcomeResponse } from '../fhir/operation-outcome.ts'
import { createPasCases, requestCases } from '../fhir/store-submission.ts'
import { checkSubmission } from '../fhir/submission.ts'
import { answerUpdate } from '../fhir/update-answer.ts'
import { errorResponseBundle } from '../fhir/error-response.ts'
import type { PasParseInput } from '../../src/api/schemas/pas.ts'
import { json, problemResponse } from '../http.ts'
import { bodyHash } from '../stable-json.ts'
import { route, type RouteArgs } from './base.ts'
import { inquireDoc, otherOperationDoc, parseDoc, pasResponseDoc, submitDoc } from './fhir-doc.ts'
import { caseHeaders } from './case-etag.ts'
import { PAS_SCOPES } from './client-auth.ts'
import { findCase, withMembersCases } from './cases.ts'
import { noteAccess } from './note-access.ts'
import { parsePasText } from '../fhir/parse-text.ts'

/**
 * A body the service cannot read, as an OperationOutcome with the reader's own status and
 * words (too large, nested too deep, text no database keeps): only malformed JSON is
 * "not JSON".
 */
async function unreadBody(refused: Response) {
  const problem = (await refused.json()) as { status: number; detail: string }
  const message = problem.detail.endsWith('is not valid JSON.')
    ? 'The request body is not JSON: send a FHIR Bundle as application/fhir+json'
    : problem.detail
  return outcomeResponse(problem.status, [{ severity: 'error', expression: 'Bundle', message }])
}

/**
 * `$submit`: a PAS request Bundle becomes a case, created exactly as `POST /cases`
 * creates one. A resend with the same Bundle identifier (per user or client) answers the case's
 * current state instead of making a second case; the same identifier on another
 * request is refused. Nothing is written unless the case is.
 */
async function submit({ principal: auth, body: read }: RouteArgs) {
  const body = await read()
  if (!body.ok) return unreadBody(body.response)
  const now = new Date()
  const mapping = mapPasBundle(body.value)
  const bundleId = mapping.bundleIdentifier
  const slot = bundleId && `${auth.key} pas ${bundleId.system ?? ''}|${bundleId.value}`
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
      const kept = seen?.body as { caseId?: string; answering?: Answering } | undefined
      const earlierId = kept?.caseId
      if (earlierId) await more({ cases: [earlierId] })
      const earlier = earlierId ? own(db.cases, earlierId) : undefined
      if (earlier) {
        // The request's other items: cases of the same member (one Patient per request).
        await more({ casesOfMembers: [earlier.input.memberId] })
        return fhirResponse(responseBundle(requestCases(db, earlier), now, [], kept?.answering))
      }

      // A business rejection (the member is not one the plan can find) is a ClaimResponse
      // with errors, as the guide answers one; a malformed request is an OperationOutcome.
      if (!checked.ok && checked.business)
        return fhirResponse(errorResponseBundle(mapping, checked.issues, now))
      if (!checked.ok || !slot || !bundleId)
        return outcomeResponse(400, checked.ok ? [] : checked.issues)
      const related = checked.mapping.related
      if (related) {
        // An update changes the earlier request's reviews: the member's cases hold them.
        await more({ casesOfMembers: [checked.mapping.fields.memberId ?? ''] })
        return answerUpdate({
          ...{ db, more, checked, related, bundleIdentifier: bundleId, slot, hash, now },
          actor: auth.actor,
          locationOf: (c) => caseHeaders(c).Location,
        })
      }
      let stored
      try {
        const actor = auth.actor
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
async function inquire({ request, principal: auth, body: read }: RouteArgs) {
  const body = await read()
  if (!body.ok) return unreadBody(body.response)
  // Only the named member's cases are read: an inquiry matches within one member.
  const memberId = mapPasBundle(body.value).fields.memberId
  const db = await readDb({ casesOfMembers: memberId ? [memberId] : [] })
  const found = findInquiry(db, body.value)
  if (!found.ok) return outcomeResponse(400, found.issues)
  if (found.found) {
    const ids = requestCases(db, found.found).map((c) => c.id)
    await noteAccess(request, auth.reader, 'pas-inquiry', ids)
  }
  return fhirResponse(inquiryAnswer(db, found.found, new Date()))
}

/** `$parse`: what a Bundle would fill in the case form; creates nothing. */
async function parse({ body: read }: RouteArgs) {
  const notABundle = () =>
    problemResponse(400, 'Send { "bundle": "<the Bundle as text>" }.', {
      errors: { bundle: ['Paste or drop a PAS Bundle'] },
    })
  const body = await read(notABundle)
  if (!body.ok) return notABundle()
  return json(parsePasText((body.value as PasParseInput).bundle))
}

const signedIn = 'signed-in'

/** The named operations first: the last route answers any other name. */
export const fhirHandlers = [
  route(
    'post',
    '/fhir/Claim/$submit',
    { access: { scope: PAS_SCOPES.submit }, doc: submitDoc },
    submit,
  ),
  route(
    'post',
    '/fhir/Claim/$inquire',
    { access: { scope: PAS_SCOPES.inquire }, doc: inquireDoc },
    inquire,
  ),
  route(
    'post',
    '/fhir/Claim/$parse',
    { access: signedIn, body: 'PasParseInput', doc: parseDoc },
    parse,
  ),
  route('post', '/fhir/Claim/:operation', { access: signedIn, doc: otherOperationDoc }, () =>
    outcomeResponse(404, [
      {
        severity: 'error',
        expression: 'Claim',
        message: 'Unknown operation: use $submit, $inquire or $parse',
      },
    ]),
  ),
  route(
    'get',
    '/cases/:id/pas-response',
    { access: signedIn, doc: pasResponseDoc },
    async (args) => {
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
    },
  ),
]
