import { describe, expect, it } from 'vitest'
import { mapPasBundle } from '../../service/fhir/bundle-to-case.ts'
import { claimResponseOf, responseBundle } from '../../service/fhir/claim-response.ts'
import { errorResponseBundle } from '../../service/fhir/error-response.ts'
import {
  FHIR_JSON,
  fhirResponse,
  operationOutcome,
  outcomeResponse,
} from '../../service/fhir/operation-outcome.ts'
import { reviewOf } from '../../service/fhir/review-action.ts'
import type { Decision, StoredCase } from '../../src/api/schemas/case.ts'
import { claimOf, guideFixture, type Json } from '../fhir/pas-fixtures.ts'

/**
 * What `$submit` and `$inquire` answer (claim-response.ts, review-action.ts,
 * operation-outcome.ts, error-response.ts), element by element, against the guide's
 * response examples (tests/fixtures/pas/guide: ReferralAuthorizationResponseBundleExample,
 * ReferralPendingAuthorizationResponseBundleExample, ErrorResponseBundleExample).
 */

const PAS = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition'
const X12_306 = 'https://codesystem.x12.org/005010/306'
const SUBMITTED = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/adjudication', code: 'submitted' }],
}
const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const NOW = new Date('2026-12-02T18:30:00Z')

const DIRECTOR = {
  id: 'md-1',
  name: 'Dr Avery Sample',
  role: 'medical-director' as const,
  specialty: 'Physical Medicine',
}

function decision(action: Decision['action'], over: Partial<Decision> = {}): Decision {
  return {
    id: `dec-${action}`,
    action,
    rationale: 'Criteria row 2 is not met.',
    criterion: null,
    writtenBasis: null,
    memberReason: null,
    informationNeeded: [],
    peerToPeerOffered: null,
    takeOverReason: null,
    decidedBy: DIRECTOR,
    decidedAt: '2026-12-02T17:00:00.000Z',
    noticesIssuedAt: null,
    onTime: null,
    pendLate: null,
    ...over,
  }
}

/** A case of a PAS request, as `claimResponseOf` reads one: only the fields it uses. */
function pasCase(over: Partial<StoredCase> = {}, source: Json = {}): StoredCase {
  return {
    id: 'case-1',
    reference: 'UM-2026-000101',
    createdAt: '2026-12-01T17:00:00.000Z',
    status: 'pending-md-review',
    decisions: [],
    input: { plan: 'kfhpwa', memberId: 'KPWA00012345', dateOfBirth: '1951-03-14' },
    source: {
      kind: 'pas',
      bundleIdentifier: { system: 'urn:b', value: 'B-1' },
      claimIdentifier: { system: 'urn:c', value: 'C-1' },
      itemSequence: 1,
      ...source,
    },
    ...over,
  } as StoredCase
}
const PARTIES = {
  patient: 'http://example.org/fhir/Patient/SubscriberExample',
  insurer: { reference: 'http://example.org/fhir/Organization/InsurerExample' },
  requestor: { reference: 'http://example.org/fhir/Organization/UMOExample' },
}
const reviewActionOf = (item: Json) => item.adjudication[0].extension[0]

describe('reviewOf: a decision in PAS terms', () => {
  it('is pending, with no reviewer, before any decision', () => {
    expect(reviewOf(pasCase())).toEqual({
      action: { code: 'A4', display: 'Pending' },
      reason: null,
      notes: ['Pending: a medical director must decide this request.'],
      reviewer: null,
    })
  })

  it('is pending after a pend, listing each thing needed and who asked', () => {
    const c = pasCase({
      decisions: [
        decision('pend', { informationNeeded: ['Imaging report', 'Clinic notes since June'] }),
      ],
    })
    expect(reviewOf(c)).toEqual({
      action: { code: 'A4', display: 'Pending' },
      reason: null,
      notes: [
        'Pended for more information by Dr Avery Sample (Physical Medicine): Imaging report; Clinic notes since June',
      ],
      reviewer: {
        name: 'Dr Avery Sample',
        specialty: 'Physical Medicine',
        decidedAt: '2026-12-02T17:00:00.000Z',
      },
    })
    const none = pasCase({ decisions: [decision('pend')] })
    expect(reviewOf(none).notes).toEqual([
      'Pended for more information by Dr Avery Sample (Physical Medicine): see the plan’s request',
    ])
  })

  it('is certified in total after an approval, naming a reviewer without a specialty by name', () => {
    const c = pasCase({
      decisions: [
        decision('deny'),
        decision('approve', { decidedBy: { ...DIRECTOR, specialty: null } }),
      ],
    })
    expect(reviewOf(c)).toEqual({
      action: { code: 'A1', display: 'Certified in total' },
      reason: null,
      notes: ['Certified by Dr Avery Sample.'],
      reviewer: { name: 'Dr Avery Sample', specialty: null, decidedAt: '2026-12-02T17:00:00.000Z' },
    })
  })

  it('is not certified after a denial, with the member’s reason, else the rationale, as text', () => {
    const withReason = pasCase({
      decisions: [decision('deny', { memberReason: 'The records do not show 3 months of care.' })],
    })
    expect(reviewOf(withReason)).toMatchObject({
      action: { code: 'A3', display: 'Not Certified' },
      reason: { code: null, text: 'The records do not show 3 months of care.' },
      notes: [
        'Not certified by Dr Avery Sample (Physical Medicine). Reason: The records do not show 3 months of care.',
      ],
    })
    const rationale = pasCase({ decisions: [decision('deny')] })
    expect(reviewOf(rationale).reason).toEqual({ code: null, text: 'Criteria row 2 is not met.' })
  })
})

describe('claimResponseOf', () => {
  it('answers a pended request as the guide’s pended example does', () => {
    const r = claimResponseOf([pasCase()], PARTIES)
    expect(r).toEqual({
      resourceType: 'ClaimResponse',
      id: 'case-1',
      meta: { profile: [`${PAS}/profile-claimresponse`] },
      identifier: [{ system: 'urn:c', value: 'C-1' }],
      status: 'active',
      type: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' },
        ],
      },
      use: 'preauthorization',
      patient: { reference: PARTIES.patient },
      created: '2026-12-01T17:00:00.000Z',
      insurer: PARTIES.insurer,
      requestor: PARTIES.requestor,
      request: { identifier: { system: 'urn:c', value: 'C-1' } },
      outcome: 'complete',
      item: [
        {
          extension: [
            {
              url: `${PAS}/extension-administrationReferenceNumber`,
              valueString: 'UM-2026-000101',
            },
          ],
          itemSequence: 1,
          noteNumber: [1],
          adjudication: [
            {
              category: SUBMITTED,
              extension: [
                {
                  url: `${PAS}/extension-reviewAction`,
                  extension: [
                    {
                      url: `${PAS}/extension-reviewActionCode`,
                      valueCodeableConcept: {
                        coding: [{ system: X12_306, code: 'A4', display: 'Pending' }],
                      },
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
      processNote: [
        {
          number: 1,
          type: 'display',
          text: 'Pending: a medical director must decide this request.',
        },
      ],
    })
    // The guide's pended example: the same codes, the reference on the item, no review number.
    const guide = guideFixture('referral-pending-authorization-response-bundle-example')
    const guideItem = guide.entry[0].resource.item[0]
    const guideAction = reviewActionOf(guideItem).extension
    expect(guideAction.map((e: Json) => e.url)).not.toContain('number')
    expect(r.item?.[0]?.adjudication[0]?.category).toEqual(guideItem.adjudication[0].category)
  })

  it('answers a certified request with the case reference as the review number and the reviewer', () => {
    const c = pasCase({ status: 'approved', decisions: [decision('approve')] })
    const r = claimResponseOf([c], PARTIES)
    const [item] = r.item ?? []
    expect(item).not.toHaveProperty('extension')
    expect(reviewActionOf(item)).toEqual({
      url: `${PAS}/extension-reviewAction`,
      extension: [
        {
          url: `${PAS}/extension-reviewActionCode`,
          valueCodeableConcept: {
            coding: [{ system: X12_306, code: 'A1', display: 'Certified in total' }],
          },
        },
        { url: 'number', valueString: 'UM-2026-000101' },
      ],
    })
    expect(r.extension).toEqual([
      {
        url: `${PAS}/extension-claimResponseReviewer`,
        extension: [
          { url: 'wasHumanReviewedFlag', valueBoolean: true },
          { url: 'reviewerSpecialty', valueCodeableConcept: { text: 'Physical Medicine' } },
        ],
      },
    ])
    expect(r.created).toBe('2026-12-02T17:00:00.000Z')
    expect(r.processNote).toEqual([
      { number: 1, type: 'display', text: 'Certified by Dr Avery Sample (Physical Medicine).' },
    ])
    // The guide's certified example carries the same review action code and system.
    const guide = guideFixture('referral-authorization-response-bundle-example')
    const code = reviewActionOf(guide.entry[0].resource.item[0]).extension.find(
      (e: Json) => e.url === `${PAS}/extension-reviewActionCode`,
    )
    expect(reviewActionOf(item).extension[0]).toEqual(code)
  })

  it('answers a denial with its reason as text, and a reviewer with no specialty', () => {
    const c = pasCase({
      status: 'denied',
      decisions: [decision('deny', { decidedBy: { ...DIRECTOR, specialty: null } })],
    })
    const r = claimResponseOf([c], PARTIES)
    expect(reviewActionOf(r.item?.[0]).extension).toEqual([
      {
        url: `${PAS}/extension-reviewActionCode`,
        valueCodeableConcept: {
          coding: [{ system: X12_306, code: 'A3', display: 'Not Certified' }],
        },
      },
      { url: 'number', valueString: 'UM-2026-000101' },
      { url: 'reasonCode', valueCodeableConcept: { text: 'Criteria row 2 is not met.' } },
    ])
    expect(r.extension).toEqual([
      {
        url: `${PAS}/extension-claimResponseReviewer`,
        extension: [{ url: 'wasHumanReviewedFlag', valueBoolean: true }],
      },
    ])
  })

  it('answers each item of a request in sequence, its notes numbered and named by item', () => {
    const pended = pasCase({ id: 'case-3', reference: 'UM-2026-000103' }, { itemSequence: 3 })
    const approved = pasCase(
      {
        id: 'case-1',
        status: 'approved',
        decisions: [decision('approve', { decidedAt: '2026-12-02T16:00:00.000Z' })],
      },
      { itemSequence: 1, cancelledItems: [2] },
    )
    const denied = pasCase(
      {
        id: 'case-4',
        reference: 'UM-2026-000104',
        status: 'denied',
        decisions: [decision('deny', { decidedAt: '2026-12-02T17:30:00.000Z' })],
      },
      { itemSequence: 4 },
    )
    const r = claimResponseOf([approved, pended, denied], PARTIES)
    expect(r.id).toBe('case-1')
    expect(r.item?.map((i) => [i.itemSequence, i.noteNumber])).toEqual([
      [1, [1]],
      [2, [4]],
      [3, [2]],
      [4, [3]],
    ])
    expect(r.item?.[1]).toEqual({
      itemSequence: 2,
      noteNumber: [4],
      adjudication: [{ category: SUBMITTED }],
    })
    expect(r.processNote?.map((n) => [n.number, n.text])).toEqual([
      [1, 'Item 1: Certified by Dr Avery Sample (Physical Medicine).'],
      [2, 'Item 3: Pending: a medical director must decide this request.'],
      [
        3,
        'Item 4: Not certified by Dr Avery Sample (Physical Medicine). Reason: Criteria row 2 is not met.',
      ],
      [4, 'Item 2: cancelled by the request; not reviewed.'],
    ])
    // The latest decision is when the answer was made, whatever the order of the items.
    expect(r.created).toBe('2026-12-02T17:30:00.000Z')
    expect(claimResponseOf([denied, approved], PARTIES).created).toBe('2026-12-02T17:30:00.000Z')
    expect(r.processNote?.[3]).toEqual({
      number: 4,
      type: 'display',
      text: 'Item 2: cancelled by the request; not reviewed.',
    })
  })

  it('answers cases kept without their request’s details as item 1, by the case reference', () => {
    const typed = pasCase({ source: undefined })
    const withdrawn = pasCase({ id: 'case-2', status: 'withdrawn', source: undefined })
    const r = claimResponseOf([typed, withdrawn], PARTIES)
    expect(r).not.toHaveProperty('identifier')
    expect(r.request).toEqual({ display: 'UM-2026-000101' })
    expect(r.item?.map((i) => i.itemSequence)).toEqual([1, 1])
    expect(r.processNote?.map((n) => n.text)).toEqual([
      'Item 1: Pending: a medical director must decide this request.',
      'Item 1: cancelled by the provider’s update; withdrawn before a decision (UM-2026-000101).',
    ])
    const b = responseBundle([typed], NOW)
    expect(b).not.toHaveProperty('identifier')
    expect(b.entry?.map((e) => e.resource?.resourceType)).toEqual([
      'ClaimResponse',
      'Patient',
      'Organization',
    ])
  })

  it('numbers an item without a sequence by its place, and answers it as item 1 alone', () => {
    const first = pasCase({}, { itemSequence: undefined })
    const second = pasCase({ id: 'case-2' }, { itemSequence: undefined })
    const r = claimResponseOf([first, second], PARTIES)
    expect(r.processNote?.map((n) => n.text)).toEqual([
      'Item 1: Pending: a medical director must decide this request.',
      'Item 2: Pending: a medical director must decide this request.',
    ])
    expect(r.item?.map((i) => i.itemSequence)).toEqual([1, 1])
  })

  it('answers an item an update withdrew with a note and no review action, and no reviewer for it', () => {
    const withdrawn = pasCase(
      {
        id: 'case-2',
        reference: 'UM-2026-000102',
        status: 'withdrawn',
        decisions: [decision('pend', { informationNeeded: ['Notes'] })],
      },
      { itemSequence: 2 },
    )
    const pending = pasCase()
    const r = claimResponseOf([pending, withdrawn], PARTIES)
    expect(r.item?.[1]).toEqual({
      itemSequence: 2,
      noteNumber: [2],
      adjudication: [{ category: SUBMITTED }],
    })
    expect(r.processNote?.[1]).toEqual({
      number: 2,
      type: 'display',
      text: 'Item 2: cancelled by the provider’s update; withdrawn before a decision (UM-2026-000102).',
    })
    expect(r).not.toHaveProperty('extension')
    const alone = claimResponseOf(
      [
        pasCase({}, { itemSequence: undefined, cancelledItems: [] }),
        { ...withdrawn, source: { ...withdrawn.source!, itemSequence: undefined } },
      ],
      PARTIES,
    )
    expect(alone.processNote?.[1]?.text).toMatch(/^Item 1: cancelled by the provider’s update/)
  })

  it('answers with the update’s identifiers when it answers an update', () => {
    const r = claimResponseOf([pasCase()], {
      ...PARTIES,
      answering: {
        bundleIdentifier: { value: 'B-2' },
        claimIdentifier: { system: 'urn:c', value: 'C-2' },
        claimIdentifiers: [{ system: 'urn:c', value: 'C-2', assigner: { display: 'A' } }],
      },
    })
    expect(r.identifier).toEqual([{ system: 'urn:c', value: 'C-2', assigner: { display: 'A' } }])
    expect(r.request).toEqual({ identifier: { system: 'urn:c', value: 'C-2' } })
    const bare = claimResponseOf([pasCase()], {
      ...PARTIES,
      answering: { bundleIdentifier: { value: 'B-2' }, claimIdentifier: { value: 'C-3' } },
    })
    expect(bare.identifier).toEqual([{ value: 'C-3' }])
    const none = claimResponseOf([pasCase()], {
      ...PARTIES,
      answering: { bundleIdentifier: { value: 'B-2' }, claimIdentifier: null },
    })
    expect(none).not.toHaveProperty('identifier')
    expect(none.request).toEqual({ display: 'UM-2026-000101' })
  })

  it('echoes the request’s Claim identifiers and type whole', () => {
    const identifiers = [{ system: 'urn:c', value: 'C-1', assigner: { display: 'Clinic' } }]
    const type = {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'institutional' },
      ],
    }
    const r = claimResponseOf(
      [pasCase({}, { echo: { claimIdentifiers: identifiers, claimType: type } })],
      PARTIES,
    )
    expect(r.identifier).toEqual(identifiers)
    expect(r.type).toEqual(type)
    const none = claimResponseOf([pasCase({}, { claimIdentifier: null })], PARTIES)
    expect(none).not.toHaveProperty('identifier')
  })

  it('needs a case', () => {
    expect(() => claimResponseOf([], PARTIES)).toThrow('A PAS answer needs a case')
  })
})

describe('responseBundle', () => {
  it('echoes the request’s parties as sent and lists what was not used', () => {
    const request = guideFixture('referral-authorization-bundle-example')
    const { echo } = mapPasBundle(request)
    const c = pasCase({}, { echo })
    const listed = [
      {
        severity: 'information' as const,
        expression: 'Bundle.entry[0].resource.careTeam',
        message: 'Not used',
      },
    ]
    const b = responseBundle([c], NOW, listed)
    expect(b).toMatchObject({
      resourceType: 'Bundle',
      meta: { profile: [`${PAS}/profile-pas-response-bundle`] },
      identifier: { system: 'urn:b', value: 'B-1' },
      type: 'collection',
      timestamp: '2026-12-02T18:30:00.000Z',
    })
    const entries = b.entry ?? []
    expect(entries.map((e) => e.resource?.resourceType)).toEqual([
      'ClaimResponse',
      'Patient',
      'Organization',
      'Organization',
      'OperationOutcome',
    ])
    expect(entries[0]?.fullUrl).toMatch(UUID)
    expect(entries[4]?.fullUrl).toMatch(UUID)
    expect(entries.slice(1, 4).map((e) => e.fullUrl)).toEqual([
      'http://example.org/fhir/Patient/SubscriberExample',
      'http://example.org/fhir/Organization/InsurerExample',
      'http://example.org/fhir/Organization/UMOExample',
    ])
    expect(entries[1]?.resource).toEqual(echo.patient?.resource)
    const response = entries[0]?.resource as Json
    expect(response.patient).toEqual({
      reference: 'http://example.org/fhir/Patient/SubscriberExample',
    })
    expect(response.insurer).toEqual({
      reference: 'http://example.org/fhir/Organization/InsurerExample',
    })
    expect(response.requestor).toEqual({
      reference: 'http://example.org/fhir/Organization/UMOExample',
    })
    expect(entries[4]?.resource).toEqual({
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'information',
          code: 'informational',
          diagnostics: 'Not used',
          expression: ['Bundle.entry[0].resource.careTeam'],
        },
      ],
    })
  })

  it('makes up the Patient and the plan as insurer when nothing was kept to echo', () => {
    const b = responseBundle([pasCase({}, { bundleIdentifier: undefined })], NOW)
    const entries = b.entry ?? []
    expect(b).not.toHaveProperty('identifier')
    expect(entries).toHaveLength(3)
    expect(entries.map((e) => e.fullUrl)).toEqual([
      expect.stringMatching(UUID),
      expect.stringMatching(UUID),
      expect.stringMatching(UUID),
    ])
    expect(entries[1]?.resource).toEqual({
      resourceType: 'Patient',
      identifier: [
        {
          type: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MB' }],
          },
          value: 'KPWA00012345',
        },
      ],
      birthDate: '1951-03-14',
    })
    expect(entries[2]?.resource).toEqual({
      resourceType: 'Organization',
      active: true,
      name: 'Kaiser Foundation Health Plan of Washington',
    })
    const response = entries[0]?.resource as Json
    expect(response.patient).toEqual({ reference: entries[1]?.fullUrl })
    expect(response.insurer).toEqual({ reference: entries[2]?.fullUrl })
    expect(response.requestor).toEqual({ display: 'Not named in the request' })
  })

  it('keeps a requestor that is not in the request Bundle as its reference', () => {
    const c = pasCase({}, { echo: { requestorReference: { reference: 'Organization/elsewhere' } } })
    const response = responseBundle([c], NOW).entry?.[0]?.resource as Json
    expect(response.requestor).toEqual({ reference: 'Organization/elsewhere' })
  })

  it('answers an update with the update’s Bundle identifier', () => {
    const b = responseBundle([pasCase()], NOW, [], {
      bundleIdentifier: { value: 'B-UPDATE' },
      claimIdentifier: { value: 'C-UPDATE' },
    })
    expect(b.identifier).toEqual({ value: 'B-UPDATE' })
    expect((b.entry?.[0]?.resource as Json).identifier).toEqual([{ value: 'C-UPDATE' }])
  })

  it('needs a case', () => {
    expect(() => responseBundle([], NOW)).toThrow('A PAS answer needs a case')
  })
})

describe('operationOutcome', () => {
  it('gives an error the code invalid unless it says its own, and a note or warning informational', () => {
    expect(
      operationOutcome([
        { severity: 'error', expression: 'a', message: 'wrong' },
        { severity: 'error', expression: 'b', message: 'not done', code: 'not-supported' },
        { severity: 'warning', expression: 'c', message: 'careful' },
        { severity: 'information', expression: 'd', message: 'note' },
      ]).issue,
    ).toEqual([
      { severity: 'error', code: 'invalid', diagnostics: 'wrong', expression: ['a'] },
      { severity: 'error', code: 'not-supported', diagnostics: 'not done', expression: ['b'] },
      { severity: 'warning', code: 'informational', diagnostics: 'careful', expression: ['c'] },
      { severity: 'information', code: 'informational', diagnostics: 'note', expression: ['d'] },
    ])
  })
})

describe('a FHIR answer', () => {
  it('is application/fhir+json at the status given, 200 unless told, with the headers given', async () => {
    expect(FHIR_JSON).toBe('application/fhir+json')
    const ok = fhirResponse({ resourceType: 'Bundle' })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('Content-Type')).toBe('application/fhir+json')
    expect(await ok.json()).toEqual({ resourceType: 'Bundle' })
    const created = fhirResponse({}, 201, { Location: '/fhir/ClaimResponse/1' })
    expect(created.status).toBe(201)
    expect(created.headers.get('Location')).toBe('/fhir/ClaimResponse/1')
    expect(created.headers.get('Content-Type')).toBe('application/fhir+json')
  })

  it('refuses with an OperationOutcome of the issues at the status given', async () => {
    const res = outcomeResponse(422, [{ severity: 'error', expression: 'Bundle', message: 'No' }])
    expect(res.status).toBe(422)
    expect(res.headers.get('Content-Type')).toBe('application/fhir+json')
    expect(await res.json()).toEqual({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'invalid', diagnostics: 'No', expression: ['Bundle'] }],
    })
  })
})

describe('errorResponseBundle: a business rejection', () => {
  it('answers in ClaimResponse.error, each problem at its path, as the guide’s error example', () => {
    const request = guideFixture('referral-authorization-bundle-example')
    const mapping = mapPasBundle(request)
    const b = errorResponseBundle(
      mapping,
      [{ severity: 'error', expression: 'Bundle.entry[4].resource', message: 'Member not found' }],
      NOW,
    )
    expect(b).toMatchObject({
      resourceType: 'Bundle',
      meta: { profile: [`${PAS}/profile-pas-response-bundle`] },
      identifier: {
        system: 'http://example.org/SUBMITTER_TRANSACTION_IDENTIFIER',
        value: 'A12345',
      },
      type: 'collection',
      timestamp: '2026-12-02T18:30:00.000Z',
    })
    const entries = b.entry ?? []
    expect(entries[0]?.fullUrl).toMatch(UUID)
    expect(entries.map((e) => e.fullUrl).slice(1)).toEqual([
      'http://example.org/fhir/Patient/SubscriberExample',
      'http://example.org/fhir/Organization/InsurerExample',
      'http://example.org/fhir/Organization/UMOExample',
    ])
    const response = entries[0]?.resource as Json
    expect(response).toEqual({
      resourceType: 'ClaimResponse',
      meta: { profile: [`${PAS}/profile-claimresponse`] },
      identifier: claimOf(request).identifier,
      status: 'active',
      type: claimOf(request).type,
      use: 'preauthorization',
      patient: { reference: 'http://example.org/fhir/Patient/SubscriberExample' },
      created: '2026-12-02T18:30:00.000Z',
      insurer: { reference: 'http://example.org/fhir/Organization/InsurerExample' },
      requestor: { reference: 'http://example.org/fhir/Organization/UMOExample' },
      request: { identifier: { system: 'urn:trnorg:9012345678', value: '111099' } },
      outcome: 'error',
      error: [
        {
          extension: [
            { url: `${PAS}/extension-errorPath`, valueString: 'Bundle.entry[4].resource' },
          ],
          code: { text: 'Member not found' },
        },
      ],
    })
    // The guide's own error example puts the path in the same extension.
    const guide = guideFixture('error-response-bundle-example')
    const urls = guide.entry[0].resource.error.flatMap((e: Json) =>
      (e.extension ?? []).map((x: Json) => x.url),
    )
    expect(urls).toContain(`${PAS}/extension-errorPath`)
    expect(guide.entry[0].resource.outcome).toBe('error')
  })

  it('names what the request did not, and makes up the fullUrls it lacks', () => {
    const mapping = mapPasBundle(null)
    const b = errorResponseBundle(mapping, [], NOW)
    expect(b).not.toHaveProperty('identifier')
    expect(b.entry).toHaveLength(1)
    const response = b.entry?.[0]?.resource as Json
    expect(response).not.toHaveProperty('identifier')
    expect(response.patient).toEqual({ display: 'Not named in the request' })
    expect(response.insurer).toEqual({ display: 'Not named in the request' })
    expect(response.requestor).toEqual({ display: 'Not named in the request' })
    expect(response.request).toEqual({ display: 'Not named in the request' })
    expect(response.type).toEqual({
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' },
      ],
    })
    expect(response.error).toEqual([])

    const sent = errorResponseBundle(
      {
        ...mapping,
        claimIdentifier: { value: 'C-9' },
        echo: {
          patient: { resource: { resourceType: 'Patient' } },
          requestorReference: { reference: 'Organization/elsewhere' },
        },
      },
      [],
      NOW,
    )
    const answer = sent.entry?.[0]?.resource as Json
    expect(sent.entry?.[1]?.fullUrl).toMatch(UUID)
    expect(answer.patient).toEqual({ reference: sent.entry?.[1]?.fullUrl })
    expect(answer.requestor).toEqual({ reference: 'Organization/elsewhere' })
    expect(answer.identifier).toEqual([{ value: 'C-9' }])
    expect(answer.request).toEqual({ identifier: { value: 'C-9' } })
  })
})
