/**
 * The Da Vinci PAS endpoints (FHIR R4). Bodies are FHIR resources, described by the
 * HL7 specifications rather than re-stated here; `$parse` is this API's own helper
 * for the case form and answers plain JSON.
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
  description,
  content: {
    [FHIR]: {
      schema: resource(
        'OperationOutcome',
        'One issue per problem; `expression` is the FHIRPath of the element',
      ),
    },
  },
})
const fhirBody = { required: true, content: { [FHIR]: { schema: requestBundle } } }
const bundleAnswer = (description: string) => ({
  description,
  content: { [FHIR]: { schema: responseBundle } },
})
const inquiryAnswer = {
  description:
    'Parameters (OperationDefinition Claim-inquiry): one `return` Bundle per matching request, each a PAS response Bundle as it stands now; no parameter when nothing matches',
  content: {
    [FHIR]: {
      schema: resource('Parameters', 'The `return` Bundles, 0 or more'),
    },
  },
}
const auth = { '401': { $ref: '#/components/responses/Problem401' } }
/** A client system's token (server/auth/client-credentials.ts) must carry the operation's scope. */
const scoped = (scope: string) => ({
  '403': {
    description: `A client system's token without the scope ${scope} (a person signed in needs none)`,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  },
})

export const fhirPaths = {
  '/fhir/Claim/$submit': {
    post: {
      tags,
      summary: 'Submit a PAS request: one case per item (Electronic channel), answers pended',
      description:
        'Idempotent on Bundle.identifier per user or client system: a resend answers the cases as they stand; the same identifier on another request is refused (422). An invalid Bundle writes nothing. Refusals use issue code `invalid` for a wrong request and `not-supported` for what the guide allows and this service does not do.',
      requestBody: fhirBody,
      responses: {
        '200': bundleAnswer('The PAS response Bundle'),
        '400': outcome('Not JSON, not a PAS request, or a case rule refused it'),
        '422': outcome('The Bundle identifier was already used for another request'),
        ...auth,
        ...scoped('system/Claim.c'),
      },
    },
  },
  '/fhir/Claim/$inquire': {
    post: {
      tags,
      summary: 'Inquire: the current answer for a request, by its Claim identifier and member',
      requestBody: fhirBody,
      responses: {
        '200': inquiryAnswer,
        '400': outcome('Not an inquiry this service can match'),
        ...auth,
        ...scoped('system/ClaimResponse.r'),
      },
    },
  },
  '/fhir/Claim/$parse': {
    post: {
      tags,
      summary: 'What a PAS Bundle fills in the case form (creates nothing)',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/PasParseInput' } } },
      },
      responses: {
        '200': {
          description: 'The fields, those the Bundle does not say, and its issues',
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/PasParseResult' } },
          },
        },
        '400': { $ref: '#/components/responses/Problem400' },
        ...auth,
      },
    },
  },
  '/cases/{id}/pas-response': {
    get: {
      tags,
      summary: 'The current PAS response Bundle of a case that came in through $submit',
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: 'Case id',
          schema: { type: 'string' },
        },
      ],
      responses: {
        '200': bundleAnswer('The PAS response Bundle'),
        '404': { $ref: '#/components/responses/Problem404' },
        ...auth,
      },
    },
  },
}
