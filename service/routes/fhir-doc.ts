import type { RouteDoc } from './declare.ts'

/**
 * The Da Vinci PAS endpoints (FHIR R4), as their routes declare them (fhir.ts). Bodies
 * are FHIR resources, described by the HL7 specifications rather than re-stated here;
 * `$parse` is this API's own helper for the case form and answers plain JSON.
 */
const tags = ['Da Vinci PAS (FHIR R4)']
const FHIR = 'application/fhir+json'
const resource = (type: string, description: string) => ({
  type: 'object',
  description,
  required: ['resourceType'],
  properties: { resourceType: { const: type } },
})
const requestBundle = resource(
  'Bundle',
  'A PAS request Bundle (PASRequestBundle): a Claim with use "preauthorization", its Patient, Coverage and requesting provider. See http://hl7.org/fhir/us/davinci-pas/',
)
const responseBundle = resource(
  'Bundle',
  'A PAS response Bundle (PASResponseBundle) with the request Bundle identifier: the ClaimResponse first (one item per request item, itemSequence echoed; item.adjudication reviewAction X12 306 A4 pended with the case reference as the item administrationReferenceNumber, A1 certified or A3 not certified with the case reference as the review number and a denial reason; claimResponseReviewer for the deciding physician), then the Patient, insurer and requestor as the request sent them, then an OperationOutcome listing request elements not used. Every entry has a fullUrl. See docs/pas.md',
)
const outcome = (description: string) => ({
  openApi: {
    description,
    content: {
      [FHIR]: {
        schema: resource(
          'OperationOutcome',
          'One issue per problem; `expression` is the FHIRPath of the element',
        ),
      },
    },
  },
})
const fhirBody = { required: true, content: { [FHIR]: { schema: requestBundle } } }
const bundleAnswer = (description: string) => ({
  openApi: { description, content: { [FHIR]: { schema: responseBundle } } },
})

export const submitDoc: RouteDoc = {
  tags,
  summary: 'Submit a PAS request: one case per item (Electronic channel), answers pended',
  description:
    'Idempotent on Bundle.identifier per user or client system: a resend answers the cases as they stand; the same identifier on another request is refused (422). An invalid Bundle writes nothing. Refusals use issue code `invalid` for a wrong request and `not-supported` for what the guide allows and this service does not do.',
  requestBody: fhirBody,
  responses: {
    200: bundleAnswer('The PAS response Bundle'),
    400: outcome('Not JSON, not a PAS request, or a case rule refused it'),
    422: outcome('The Bundle identifier was already used for another request'),
  },
}

export const inquireDoc: RouteDoc = {
  tags,
  summary: 'Inquire: the current answer for a request, by its Claim identifier and member',
  requestBody: fhirBody,
  responses: {
    200: {
      openApi: {
        description:
          'Parameters (OperationDefinition Claim-inquiry): one `return` Bundle per matching request, each a PAS response Bundle as it stands now; no parameter when nothing matches',
        content: { [FHIR]: { schema: resource('Parameters', 'The `return` Bundles, 0 or more') } },
      },
    },
    400: outcome('Not an inquiry this service can match'),
  },
}

export const parseDoc: RouteDoc = {
  tags,
  summary: 'What a PAS Bundle fills in the case form (creates nothing)',
  responses: {
    200: {
      schema: 'PasParseResult',
      description: 'The fields, those the Bundle does not say, and its issues',
    },
  },
  problems: [400],
}

export const otherOperationDoc: RouteDoc = {
  tags,
  summary: 'Any other Claim operation: not offered ($submit, $inquire and $parse are)',
  pathParams: { operation: 'The operation name' },
  responses: { 404: outcome('The operation is not one this service offers') },
}

export const pasResponseDoc: RouteDoc = {
  tags,
  summary: 'The current PAS response Bundle of a case that came in through $submit',
  pathParams: { id: 'Case id' },
  responses: { 200: bundleAnswer('The PAS response Bundle') },
  problems: [404],
}
