import type {
  Bundle,
  BundleEntry,
  ClaimResponse,
  ClaimResponseItem,
  ClaimResponseProcessNote,
  CodeableConcept,
  Extension,
  FhirResource,
  Identifier,
  Organization,
  Patient,
  Reference,
} from 'fhir/r4'
import { planLabels } from '../../src/api/labels.ts'
import type { StoredCase } from '../../src/api/schemas/case.ts'
import type { PasIssue } from '../../src/api/schemas/pas.ts'
import { REVIEW_ACTION, SYSTEM } from './code-systems.ts'
import { operationOutcome } from './operation-outcome.ts'
import { reviewOf, type Review } from './review-action.ts'

const PAS = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition'

/** extension-reviewAction: the X12 306 code, the case reference once decided, and a denial's reason. */
function reviewAction(c: StoredCase, review: Review): Extension {
  const { code, display } = review.action
  const parts: Extension[] = [
    {
      url: `${PAS}/extension-reviewActionCode`,
      valueCodeableConcept: { coding: [{ system: SYSTEM.x12ReviewAction, code, display }] },
    },
  ]
  // The guide's pended example carries no review number: the reference goes on the item.
  if (!isPending(review)) parts.push({ url: 'number', valueString: c.reference })
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

const isPending = (review: Review) => review.action.code === REVIEW_ACTION.pending.code

/** extension-claimResponseReviewer (PAS 2.2): a person reviewed it, with their specialty. */
function reviewerExtension(reviews: Review[]): Extension[] {
  const reviewer = reviews.find((r) => r.reviewer)?.reviewer
  if (!reviewer) return []
  const parts: Extension[] = [{ url: 'wasHumanReviewedFlag', valueBoolean: true }]
  if (reviewer.specialty)
    parts.push({
      url: 'reviewerSpecialty',
      valueCodeableConcept: { text: reviewer.specialty },
    })
  return [{ url: `${PAS}/extension-claimResponseReviewer`, extension: parts }]
}

const submitted = { coding: [{ system: SYSTEM.adjudication, code: 'submitted' }] }

/** One answered item: its own sequence, review action and, while pended, its reference. */
function itemOf(c: StoredCase, review: Review, noteNumbers: number[]): ClaimResponseItem {
  return {
    ...(isPending(review)
      ? {
          extension: [
            { url: `${PAS}/extension-administrationReferenceNumber`, valueString: c.reference },
          ],
        }
      : {}),
    itemSequence: c.source?.itemSequence ?? 1,
    // Stryker disable next-line ConditionalExpression,EqualityOperator: every review has a note (review-action.ts), so this is never empty; FHIR has no empty arrays
    ...(noteNumbers.length > 0 ? { noteNumber: noteNumbers } : {}),
    adjudication: [{ category: submitted, extension: [reviewAction(c, review)] }],
  }
}

/** Where the answer's references point: the request's own entries, echoed. */
export type Parties = {
  patient: string
  insurer: Reference
  requestor: Reference
  answering?: Answering
}

/**
 * The request an answer answers, when it is not the one that opened the cases: an
 * update (PASClaimUpdate) is answered with its own Bundle and Claim identifiers.
 */
export type Answering = {
  bundleIdentifier: { system?: string; value: string }
  claimIdentifier: { system?: string; value: string } | null
  claimIdentifiers?: Identifier[]
}

/** An item an update withdrew: answered with a note and no review action, as a cancelled item. */
function withdrawnItem(c: StoredCase, notes: ClaimResponseProcessNote[]): ClaimResponseItem {
  const sequence = c.source?.itemSequence ?? 1
  notes.push({
    number: notes.length + 1,
    type: 'display',
    text: `Item ${sequence}: cancelled by the provider’s update; withdrawn before a decision (${c.reference}).`,
  })
  return {
    itemSequence: sequence,
    noteNumber: [notes.length],
    adjudication: [{ category: submitted }],
  }
}

/** The PASClaimResponse for a request's cases (one per item) as they stand now. */
export function claimResponseOf(cases: StoredCase[], parties: Parties): ClaimResponse {
  const [first] = cases
  if (!first) throw new Error('A PAS answer needs a case')
  const answering = parties.answering
  const claimId = answering ? answering.claimIdentifier : first.source?.claimIdentifier
  const echoedIds = answering
    ? answering.claimIdentifiers
    : (first.source?.echo?.claimIdentifiers as Identifier[] | undefined)
  const answered = cases.map((c) => ({ c, review: reviewOf(c) }))
  const notes: ClaimResponseProcessNote[] = []
  const items = answered.map(({ c, review }, i) => {
    if (c.status === 'withdrawn') return withdrawnItem(c, notes)
    const numbers = review.notes.map((text) => {
      const ofItem = cases.length > 1 ? `Item ${c.source?.itemSequence ?? i + 1}: ${text}` : text
      notes.push({ number: notes.length + 1, type: 'display', text: ofItem })
      return notes.length
    })
    return itemOf(c, review, numbers)
  })
  for (const sequence of first.source?.cancelledItems ?? []) {
    notes.push({
      number: notes.length + 1,
      type: 'display',
      text: `Item ${sequence}: cancelled by the request; not reviewed.`,
    })
    items.push({
      itemSequence: sequence,
      noteNumber: [notes.length],
      adjudication: [{ category: submitted }],
    })
  }
  items.sort((a, b) => a.itemSequence - b.itemSequence)
  const extension = reviewerExtension(
    answered.filter(({ c }) => c.status !== 'withdrawn').map(({ review }) => review),
  )
  const decidedAt = answered
    .map(({ review }) => review.reviewer?.decidedAt ?? '')
    .sort()
    .at(-1)
  return {
    resourceType: 'ClaimResponse',
    id: first.id,
    meta: { profile: [`${PAS}/profile-claimresponse`] },
    ...(extension.length > 0 ? { extension } : {}),
    ...(echoedIds ? { identifier: echoedIds } : claimId ? { identifier: [claimId] } : {}),
    status: 'active',
    type: (first.source?.echo?.claimType as CodeableConcept | undefined) ?? {
      coding: [{ system: SYSTEM.claimType, code: 'professional' }],
    },
    use: 'preauthorization',
    patient: { reference: parties.patient },
    created: decidedAt || first.createdAt,
    insurer: parties.insurer,
    requestor: parties.requestor,
    request: claimId ? { identifier: claimId } : { display: first.reference },
    outcome: 'complete',
    item: items,
    // Stryker disable next-line ConditionalExpression,EqualityOperator: every item has a note (a review's, a withdrawal's or a cancellation's), so there is always one
    ...(notes.length > 0 ? { processNote: notes } : {}),
  }
}

const uuid = () => `urn:uuid:${crypto.randomUUID()}`

/** The plan as the answer's insurer when the request named none the service can echo. */
function planOrganization(c: StoredCase): Organization {
  return { resourceType: 'Organization', active: true, name: planLabels[c.input.plan] }
}

/** The Patient when the request's cannot be echoed (a case from before echoes were kept). */
function patientOf(c: StoredCase): Patient {
  return {
    resourceType: 'Patient',
    identifier: [
      {
        type: { coding: [{ system: SYSTEM.v2IdentifierType, code: 'MB' }] },
        value: c.input.memberId,
      },
    ],
    birthDate: c.input.dateOfBirth,
  }
}

/**
 * The PAS response Bundle: the request's Bundle identifier, the ClaimResponse first,
 * then the Patient, insurer and requestor as the request sent them (same fullUrl, same
 * resource), then (on `$submit`) an OperationOutcome listing the request's elements this
 * service did not use, so none is dropped without a word. Every entry has a fullUrl and
 * every reference of the ClaimResponse points to one.
 */
export function responseBundle(
  cases: StoredCase[],
  now: Date,
  listed: PasIssue[] = [],
  answering?: Answering,
): Bundle {
  const [first] = cases
  if (!first) throw new Error('A PAS answer needs a case')
  const echo = first.source?.echo
  const others: BundleEntry<FhirResource>[] = []
  const party = (
    sent: { fullUrl?: string; resource: object } | undefined,
    fallback: () => FhirResource,
  ) => {
    const fullUrl = sent?.fullUrl ?? uuid()
    others.push({ fullUrl, resource: (sent?.resource as FhirResource | undefined) ?? fallback() })
    return fullUrl
  }
  const patient = party(echo?.patient, () => patientOf(first))
  // The plan itself when the request named the insurer only by text: the profile wants an entry.
  const insurer: Reference = { reference: party(echo?.insurer, () => planOrganization(first)) }
  const requestor: Reference = echo?.requestor
    ? // Stryker disable next-line ArrowFunction: the requestor was sent, so no stand-in is made
      { reference: party(echo.requestor, () => planOrganization(first)) }
    : ((echo?.requestorReference as Reference | undefined) ?? {
        display: 'Not named in the request',
      })
  const entries: BundleEntry<FhirResource>[] = [
    {
      fullUrl: uuid(),
      resource: claimResponseOf(cases, {
        ...{ patient, insurer, requestor },
        ...(answering ? { answering } : {}),
      }),
    },
    ...others,
  ]
  if (listed.length > 0) entries.push({ fullUrl: uuid(), resource: operationOutcome(listed) })
  const identifier = answering?.bundleIdentifier ?? first.source?.bundleIdentifier
  return {
    resourceType: 'Bundle',
    meta: { profile: [`${PAS}/profile-pas-response-bundle`] },
    ...(identifier ? { identifier } : {}),
    type: 'collection',
    timestamp: now.toISOString(),
    entry: entries,
  }
}
