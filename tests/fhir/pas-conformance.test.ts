import { beforeAll, describe, expect, it } from 'vitest'
import { call } from '../api/helpers.ts'
import { signInAs } from '../support/sign-in.ts'
import { claimResponseOf, fhirPost, inquiryBundlesOf } from './pas-api-helpers.ts'
import { claimOf, GUIDE_REQUESTS, guideFixture, type Json } from './pas-fixtures.ts'
import {
  entryFor,
  loadR4Definitions,
  pasMustHaves,
  r4Errors,
  reviewCodeOf,
} from './pas-validate.ts'

/**
 * The conformance suite: each Da Vinci PAS 2.2.1 example request, exactly as the guide
 * writes it (tests/fixtures/pas/guide/), submitted through the API; each answer checked
 * against the base FHIR R4 rules by a real validator (@medplum/core with the R4
 * definitions) and against what the PAS response profiles require. It runs against the
 * mock (`npm test`) and the real service (`npm run test:server`).
 */
beforeAll(loadR4Definitions)

describe('the checks agree with the guide’s own answers', () => {
  it.each([
    'referral-authorization-response-bundle-example',
    'referral-pending-authorization-response-bundle-example',
  ] as const)('%s passes both', (name) => {
    const bundle = guideFixture(name)
    expect(r4Errors(bundle)).toEqual([])
    expect(pasMustHaves(bundle)).toEqual([])
  })

  it('the validator is not a formality: an answer without its required elements fails', () => {
    expect(r4Errors({ resourceType: 'ClaimResponse', status: 'active' }).length).toBeGreaterThan(0)
    const bundle = guideFixture('referral-authorization-response-bundle-example')
    delete bundle.identifier
    delete bundle.entry[1].fullUrl
    expect(pasMustHaves(bundle)).toEqual([
      'Bundle.identifier is missing (1..1)',
      'Bundle.entry[1] has no fullUrl',
    ])
    // The guide's example references a PractitionerRole it does not include.
    expect(
      pasMustHaves(guideFixture('referral-authorization-response-bundle-example'), true),
    ).toEqual(['ClaimResponse.requestor does not resolve'])
  })
})

describe('$submit takes each guide example request unchanged', () => {
  it.each(GUIDE_REQUESTS)('%s: accepted, answered per item, valid R4 and PAS', async (name) => {
    const token = await signInAs('u-rev-1')
    const request = guideFixture(name)
    // An update updates a request on file: the guide's original Homecare request first.
    if (name === 'homecare-authorization-update-bundle-example')
      await fhirPost('$submit', token, guideFixture('homecare-authorization-bundle-example'))
    const res = await fhirPost('$submit', token, request)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(r4Errors(res.body)).toEqual([])
    expect(pasMustHaves(res.body, true)).toEqual([])
    const response = claimResponseOf(res.body)
    // Echoed as the request sent them: the Bundle identifier, Claim identifier, parties.
    expect(res.body.identifier).toEqual(request.identifier)
    const claim = claimOf(request)
    expect(response.identifier).toEqual(claim.identifier)
    expect(response.type).toEqual(claim.type)
    const sent = (ref: Json) => entryFor(request, ref)
    expect(entryFor(res.body, response.patient)).toEqual(sent(claim.patient))
    expect(entryFor(res.body, response.insurer)).toEqual(sent(claim.insurer))
    expect(entryFor(res.body, response.requestor)).toEqual(sent(claim.provider))
    // One answer per requested item, by its own sequence; a new request is pended.
    expect(response.item.map((i: Json) => i.itemSequence)).toEqual(
      claim.item.map((i: Json) => i.sequence),
    )
    const cancelled = claim.item
      .filter((i: Json) => i.modifierExtension?.some((e: Json) => e.valueBoolean === true))
      .map((i: Json) => i.sequence)
    for (const item of response.item)
      expect(reviewCodeOf(item)).toBe(cancelled.includes(item.itemSequence) ? undefined : 'A4')
  })

  it('a decided item answers with its own review action, still valid R4 and PAS', async () => {
    const reviewer = await signInAs('u-rev-1')
    const submitted = await fhirPost(
      '$submit',
      reviewer,
      guideFixture('homecare-authorization-bundle-example'),
    )
    const caseId = claimResponseOf(submitted.body).id
    const stored = await call(`/cases/${caseId}`, { token: reviewer })
    const md = await signInAs(stored.body.assignedTo.id)
    const decided = await call(`/cases/${caseId}/decision`, {
      token: md,
      method: 'POST',
      headers: { 'If-Match': '"v1"' },
      json: { action: 'approve', rationale: 'Home health visit is appropriate.' },
    })
    expect(decided.status).toBe(200)
    const answer = await call(`/cases/${caseId}/pas-response`, { token: reviewer })
    expect(r4Errors(answer.body)).toEqual([])
    expect(pasMustHaves(answer.body, true)).toEqual([])
    expect(claimResponseOf(answer.body).item.map(reviewCodeOf)).toEqual(['A1', 'A4'])
  })

  it('$inquire with the guide’s inquiry finds the request: Parameters, valid R4 and PAS', async () => {
    const token = await signInAs('u-rev-1')
    await fhirPost('$submit', token, guideFixture('homecare-authorization-bundle-example'))
    const res = await fhirPost('$inquire', token, guideFixture('pasclaim-inquiry-bundle-example'))
    expect(res.status).toBe(200)
    expect(r4Errors(res.body)).toEqual([])
    const [bundle, ...more] = inquiryBundlesOf(res.body)
    expect(more).toEqual([])
    expect(pasMustHaves(bundle, true)).toEqual([])
    expect(claimResponseOf(bundle).item.map((i: Json) => i.itemSequence)).toEqual([1, 2])
  })

  it('a refusal is one valid OperationOutcome: not-supported for an unknown modifier extension, nothing created', async () => {
    const token = await signInAs('u-rev-1')
    const before = (await call('/cases', { token })).body.total
    const request = guideFixture('medical-services-authorization-bundle-example')
    claimOf(request).item[0].modifierExtension = [
      { url: 'urn:example:do-not-ignore', valueBoolean: true },
    ]
    claimOf(request).use = 'claim'
    const res = await fhirPost('$submit', token, request)
    expect(res.status).toBe(400)
    expect(r4Errors(res.body)).toEqual([])
    expect(res.body.issue.map((i: Json) => [i.code, i.expression[0]])).toEqual([
      ['invalid', 'Bundle.entry[0].resource.use'],
      ['not-supported', 'Bundle.entry[0].resource.item[0].modifierExtension[0]'],
    ])
    expect((await call('/cases', { token })).body.total).toBe(before)
  })
})
