import { describe, expect, it } from 'vitest'
import { signInAs } from '../support/sign-in.ts'
import { call, postCase } from '../api/helpers.ts'
import { claimOf, guideFixture, pasFixture } from './pas-fixtures.ts'
import {
  actionCodeOf,
  claimResponseOf,
  fhirPost,
  inquiryBundlesOf,
  inquiryFor,
  referenceOf,
  reviewActionOf,
} from './pas-api-helpers.ts'

const caseCount = async (token: string) => (await call('/cases', { token })).body.total as number

describe('POST /fhir/Claim/$submit', () => {
  it('creates a case on the Electronic channel and answers pended with the case reference', async () => {
    const token = await signInAs('u-rev-1')
    const before = await caseCount(token)
    const res = await fhirPost('$submit', token, pasFixture('m0076-medicare-advantage'))
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toContain('application/fhir+json')
    const response = claimResponseOf(res.body)
    expect(response).toMatchObject({
      resourceType: 'ClaimResponse',
      use: 'preauthorization',
      outcome: 'complete',
    })
    expect(response.preAuthRef).toBeUndefined()
    const reference = referenceOf(res.body)
    expect(reference).toMatch(/^UM-\d{4}-\d{6}$/)
    expect(actionCodeOf(res.body)).toBe('A4')
    expect(await caseCount(token)).toBe(before + 1)
    const list = await call('/cases', { token })
    const summary = list.body.items.find((c: { reference: string }) => c.reference === reference)
    const stored = (await call(`/cases/${summary.id}`, { token })).body
    expect(res.headers.get('Location')).toBe(`/api/cases/${summary.id}`)
    // Named by text only in the request: the plan goes in the answer as an entry of its own.
    const insurer = res.body.entry.find(
      (e: { fullUrl: string }) => e.fullUrl === response.insurer.reference,
    )
    expect(insurer.resource).toMatchObject({
      resourceType: 'Organization',
      name: 'Kaiser Foundation Health Plan of Washington',
    })
    expect(response.requestor).toEqual({
      reference: 'http://example.org/fhir/Practitioner/requester',
    })
    expect(res.body.identifier).toEqual({
      system: 'urn:example:submitter-transaction',
      value: 'PAS-MA-0001',
    })
    expect(stored.input).toMatchObject({
      requestChannel: 'electronic',
      serviceCode: 'M0076',
      lineOfBusiness: 'medicare-advantage',
    })
    expect(stored.source).toMatchObject({ kind: 'pas', bundleIdentifier: { value: 'PAS-MA-0001' } })
    expect(stored.status).toBe('pending-md-review')
  })

  it('is idempotent on the Bundle identifier per user; another request under it is refused', async () => {
    const token = await signInAs('u-rev-1')
    const bundle = pasFixture('m0076-medicare-advantage')
    const first = await fhirPost('$submit', token, bundle)
    const before = await caseCount(token)
    const again = await fhirPost('$submit', token, bundle)
    expect(referenceOf(again.body)).toBe(referenceOf(first.body))
    expect(await caseCount(token)).toBe(before)
    claimOf(bundle).item[0].productOrService.coding[0].code = 'M0075'
    const reused = await fhirPost('$submit', token, bundle)
    expect(reused.status).toBe(422)
    expect(reused.body.issue[0].expression).toEqual(['Bundle.identifier'])
    const other = await fhirPost(
      '$submit',
      await signInAs('u-rev-2'),
      pasFixture('m0076-medicare-advantage'),
    )
    expect(referenceOf(other.body)).not.toBe(referenceOf(first.body))
  })

  it('answers an OperationOutcome (400) with one issue per problem, and writes nothing', async () => {
    const token = await signInAs('u-rev-1')
    const before = await caseCount(token)
    const notJson = await fhirPost('$submit', token, '{"resourceType": "Bundle",')
    expect(notJson.status).toBe(400)
    expect(notJson.headers.get('Content-Type')).toContain('application/fhir+json')
    expect(notJson.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', expression: ['Bundle'] }],
    })
    expect(notJson.body.issue[0].diagnostics ?? notJson.body.issue[0].details?.text).toMatch(
      /not JSON/,
    )
    // More items than a request may carry: refused at the Claim's items, nothing created.
    const many = pasFixture('m0076-self-funded-expedited')
    const item = claimOf(many).item[0]
    claimOf(many).item = Array.from({ length: 101 }, (_, i) => ({ ...item, sequence: i + 1 }))
    const tooMany = await fhirPost('$submit', token, many)
    expect(tooMany.status).toBe(400)
    expect(JSON.stringify(tooMany.body.issue)).toContain(
      'A request may carry at most 100 items (this one has 101)',
    )
    expect(await caseCount(token)).toBe(before)
    // Valid JSON holding text no database keeps: said so, with where, not "not JSON".
    const nul = pasFixture('m0076-coverage-does-not-tell')
    claimOf(nul).item[0].productOrService.text = 'M0076\u0000'
    const unstorable = await fhirPost('$submit', token, nul)
    expect(unstorable.status).toBe(400)
    const said = JSON.stringify(unstorable.body.issue)
    expect(said).toMatch(
      /The text in entry\.0\.resource\.item\.0\.productOrService\.text cannot be stored/,
    )
    expect(said).not.toMatch(/not JSON/)
    const request = pasFixture('m0076-coverage-does-not-tell')
    claimOf(request).use = 'claim'
    const refused = await fhirPost('$submit', token, request)
    expect(refused.status).toBe(400)
    expect(refused.body.issue.map((i: { expression: string[] }) => i.expression[0])).toEqual([
      'Bundle.entry[0].resource.use',
      'Bundle.entry[2].resource.class',
      'Bundle.entry[2].resource.class',
    ])
    // Only a member the plan cannot find: a business rejection, in ClaimResponse.error.
    const unknown = await fhirPost('$submit', token, pasFixture('m0076-coverage-does-not-tell'))
    expect(unknown.status).toBe(200)
    expect(claimResponseOf(unknown.body)).toMatchObject({
      outcome: 'error',
      error: [
        { extension: [{ valueString: 'Bundle.entry[2].resource.class' }] },
        { extension: [{ valueString: 'Bundle.entry[2].resource.class' }] },
      ],
    })
    expect(await caseCount(token)).toBe(before)
    // Nothing half-written: the same identifier is free for the corrected request.
    const fixed = pasFixture('m0076-coverage-does-not-tell')
    fixed.entry[2].resource.class = pasFixture('m0076-medicare-advantage').entry[2].resource.class
    expect((await fhirPost('$submit', token, fixed)).status).toBe(200)
  })

  it('asks for the same bearer token as the rest of the API', async () => {
    const res = await call('/fhir/Claim/$submit', {
      method: 'POST',
      json: pasFixture('m0076-medicare-advantage'),
    })
    expect(res.status).toBe(401)
  })
})

describe('pended → denied → $inquire', () => {
  it('answers not certified with the reason and the deciding physician', async () => {
    const reviewer = await signInAs('u-rev-1')
    const request = pasFixture('m0076-medicare-advantage')
    const submitted = await fhirPost('$submit', reviewer, request)
    const pended = await fhirPost('$inquire', reviewer, inquiryFor(request))
    expect(pended.body.resourceType).toBe('Parameters')
    expect(actionCodeOf(inquiryBundlesOf(pended.body)[0])).toBe('A4')
    const reference = referenceOf(submitted.body)
    const caseId = claimResponseOf(submitted.body).id
    // The director whose queue holds the case decides it.
    const stored = await call(`/cases/${caseId}`, { token: reviewer })
    const md = await signInAs(stored.body.assignedTo.id)
    const memberReason = 'Medicare does not cover prolotherapy for any condition (NCD 150.7).'
    const denied = await call(`/cases/${caseId}/decision`, {
      token: md,
      method: 'POST',
      headers: { 'If-Match': '"v1"' },
      json: {
        action: 'deny',
        rationale: 'Not covered under NCD 150.7.',
        criterion: {
          policyId: 'prolotherapy-sclerotherapy',
          criteriaSetId: 'medicare',
          rowId: 'ncd',
        },
        memberReason,
        peerToPeerOffered: true,
      },
    })
    expect(denied.status).toBe(200)
    const inquired = await fhirPost('$inquire', reviewer, inquiryFor(request))
    expect(inquired.status).toBe(200)
    const [answer] = inquiryBundlesOf(inquired.body)
    expect(actionCodeOf(answer)).toBe('A3')
    const [, number, reason] = reviewActionOf(answer)
    expect(number).toEqual({ url: 'number', valueString: reference })
    expect(reason).toEqual({ url: 'reasonCode', valueCodeableConcept: { text: memberReason } })
    const response = claimResponseOf(answer)
    expect(response.extension[0]).toEqual({
      url: 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-claimResponseReviewer',
      extension: [
        { url: 'wasHumanReviewedFlag', valueBoolean: true },
        {
          url: 'reviewerSpecialty',
          valueCodeableConcept: { text: 'Physical Medicine and Rehabilitation' },
        },
      ],
    })
    expect(response.processNote[0].text).toContain('Dr. Avery Lindqvist')
    expect(response.processNote[0].text).toContain(memberReason)
    const download = await call(`/cases/${caseId}/pas-response`, { token: reviewer })
    expect(download.headers.get('Content-Type')).toContain('application/fhir+json')
    expect(actionCodeOf(download.body)).toBe('A3')
  })

  it('finds nothing for another member (an empty result); a typed case has no PAS response', async () => {
    const token = await signInAs('u-rev-1')
    const request = pasFixture('m0076-medicare-advantage')
    await fhirPost('$submit', token, request)
    const other = inquiryFor(request)
    other.entry[1].resource.identifier[0].value = 'KPWA99999999'
    const none = await fhirPost('$inquire', token, other)
    expect(none.status).toBe(200)
    expect(none.body).toEqual({ resourceType: 'Parameters' })
    const typed = await postCase(token)
    expect((await call(`/cases/${typed.body.id}/pas-response`, { token })).status).toBe(404)
  })
})

describe('POST /fhir/Claim/$parse', () => {
  it('answers what the Bundle fills and what it leaves unstated, creating nothing', async () => {
    const token = await signInAs('u-rev-1')
    const before = await caseCount(token)
    const text = JSON.stringify(pasFixture('m0076-coverage-does-not-tell'))
    const res = await call('/fhir/Claim/$parse', { token, method: 'POST', json: { bundle: text } })
    expect(res.status).toBe(200)
    expect(res.body.fields).toMatchObject({ memberId: 'KPWA00024680', serviceCode: 'M0076' })
    expect(res.body.unstated).toEqual(['lineOfBusiness', 'plan'])
    expect(await caseCount(token)).toBe(before)
  })

  it('a case from $submit keeps the member’s enrollment record, as case entry does', async () => {
    const token = await signInAs('u-rev-1')
    const res = await fhirPost(
      '$submit',
      token,
      guideFixture('referral-authorization-bundle-example'),
    )
    expect(res.status).toBe(200)
    const id = String(res.headers.get('Location')).split('/').pop()
    const stored = (await call(`/cases/${id}`, { token })).body
    expect(stored.parties.member).toMatchObject({ memberId: '12345678901', name: 'Joe Smith' })
  })

  it('fills what the Bundle leaves out from the enrollment records', async () => {
    const token = await signInAs('u-rev-1')
    const text = JSON.stringify(guideFixture('referral-authorization-bundle-example'))
    const res = await call('/fhir/Claim/$parse', { token, method: 'POST', json: { bundle: text } })
    expect(res.body.fields).toMatchObject({
      memberId: '12345678901',
      dateOfBirth: '1950-01-01',
      plan: 'kfhpwa',
      lineOfBusiness: 'individual-family',
    })
    expect(res.body.unstated).not.toContain('dateOfBirth')
    expect(res.body.unstated).not.toContain('plan')
  })
})
