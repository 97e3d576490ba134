import { call } from '../api/helpers.ts'
import type { Json } from './pas-fixtures.ts'

/** POSTs a FHIR body (object, or raw text) to a `/fhir/Claim/$op` operation. */
export function fhirPost(op: string, token: string, body: Json) {
  return call(`/fhir/Claim/${op}`, {
    token,
    method: 'POST',
    headers: { 'Content-Type': 'application/fhir+json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

export const claimResponseOf = (bundle: Json): Json => bundle.entry[0].resource
export const reviewActionOf = (bundle: Json): Json =>
  claimResponseOf(bundle).item[0].adjudication[0].extension[0].extension
export const actionCodeOf = (bundle: Json): string =>
  reviewActionOf(bundle)[0].valueCodeableConcept.coding[0].code

/** The `return` Bundles of an `$inquire` answer (Parameters). */
export const inquiryBundlesOf = (parameters: Json): Json[] =>
  (parameters.parameter ?? []).map((p: Json) => p.resource)

/**
 * The case reference an answer's first item carries: the review number once decided,
 * the administration reference number while pended (as the guide's pended example).
 */
export function referenceOf(bundle: Json): string {
  const item = claimResponseOf(bundle).item[0]
  const admin = (item.extension ?? []).find((e: Json) =>
    e.url.endsWith('/extension-administrationReferenceNumber'),
  )
  const number = reviewActionOf(bundle).find((e: Json) => e.url === 'number')
  return (admin ?? number).valueString
}

/** The inquiry a provider system sends: the same Claim identifier and member. */
export function inquiryFor(request: Json): Json {
  const inquiry = structuredClone(request)
  inquiry.identifier = { system: 'urn:example:inquiry', value: `INQ-${Date.now()}` }
  return inquiry
}
