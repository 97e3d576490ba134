import type { Bundle, BundleEntry, ClaimResponse, Extension, FhirResource } from 'fhir/r4'
import { planLabels } from '../../src/api/labels.ts'
import type { StoredCase } from '../../src/api/schemas/case.ts'
import type { PasIssue } from '../../src/api/schemas/pas.ts'
import { SYSTEM } from './code-systems.ts'
import { operationOutcome } from './operation-outcome.ts'
import { reviewOf, type Review } from './review-action.ts'

const PAS = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition'

/** extension-reviewAction: the X12 306 code, the case reference, and a denial's reason. */
function reviewAction(c: StoredCase, review: Review): Extension {
  const { code, display } = review.action
  const parts: Extension[] = [
    {
      url: `${PAS}/extension-reviewActionCode`,
      valueCodeableConcept: { coding: [{ system: SYSTEM.x12ReviewAction, code, display }] },
    },
    { url: 'number', valueString: c.reference },
  ]
  if (review.reason) {
    const coding = review.reason.code
      ? [{ system: SYSTEM.x12ReviewReason, ...review.reason.code }]
      : undefined
    parts.push({
      url: 'reasonCode',
      valueCodeableConcept: { ...(coding ? { coding } : {}), text: review.reason.text },
    })
  }
  return { url: `${PAS}/extension-reviewAction`, extension: parts }
}

/** extension-claimResponseReviewer (PAS 2.2): a person reviewed it, with their specialty. */
function reviewerExtension(review: Review): Extension[] {
  if (!review.reviewer) return []
  const parts: Extension[] = [{ url: 'wasHumanReviewedFlag', valueBoolean: true }]
  if (review.reviewer.specialty)
    parts.push({
      url: 'reviewerSpecialty',
      valueCodeableConcept: { text: review.reviewer.specialty },
    })
  return [{ url: `${PAS}/extension-claimResponseReviewer`, extension: parts }]
}

/** The PASClaimResponse for a case as it stands now. */
export function claimResponseOf(c: StoredCase, patientUrl: string): ClaimResponse {
  const review = reviewOf(c)
  const claimId = c.source?.claimIdentifier
  const npi = c.input.requestingProviderNpi
  const extension = reviewerExtension(review)
  return {
    resourceType: 'ClaimResponse',
    id: c.id,
    meta: { profile: [`${PAS}/profile-claimresponse`] },
    ...(extension.length > 0 ? { extension } : {}),
    ...(claimId ? { identifier: [claimId] } : {}),
    status: 'active',
    type: { coding: [{ system: SYSTEM.claimType, code: 'professional' }] },
    use: 'preauthorization',
    patient: { reference: patientUrl },
    created: review.reviewer?.decidedAt ?? c.createdAt,
    insurer: { display: planLabels[c.input.plan] },
    ...(npi ? { requestor: { identifier: { system: SYSTEM.npi, value: npi } } } : {}),
    request: claimId ? { identifier: claimId } : { display: c.reference },
    outcome: 'complete',
    preAuthRef: c.reference,
    item: [
      {
        itemSequence: 1,
        adjudication: [
          {
            category: { coding: [{ system: SYSTEM.adjudication, code: 'submitted' }] },
            extension: [reviewAction(c, review)],
          },
        ],
      },
    ],
    processNote: review.notes.map((text, i) => ({ number: i + 1, type: 'display', text })),
  }
}

/**
 * The PAS response Bundle: the ClaimResponse first, then the Patient it names, then
 * (on `$submit`) an OperationOutcome listing the request's elements this service
 * did not use, so none is dropped without a word.
 */
export function responseBundle(c: StoredCase, now: Date, listed: PasIssue[] = []): Bundle {
  const patientUrl = `urn:uuid:${crypto.randomUUID()}`
  const entries: BundleEntry<FhirResource>[] = [
    { fullUrl: `urn:uuid:${crypto.randomUUID()}`, resource: claimResponseOf(c, patientUrl) },
    {
      fullUrl: patientUrl,
      resource: {
        resourceType: 'Patient',
        identifier: [
          {
            type: { coding: [{ system: SYSTEM.v2IdentifierType, code: 'MB' }] },
            value: c.input.memberId,
          },
        ],
        birthDate: c.input.dateOfBirth,
      },
    },
  ]
  if (listed.length > 0) entries.push({ resource: operationOutcome(listed) })
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: now.toISOString(),
    entry: entries,
  }
}
