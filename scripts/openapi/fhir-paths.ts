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
  'A PAS response Bundle: the ClaimResponse first (preAuthRef = the case reference; item.adjudication reviewAction X12 306 A4 pended, A1 certified, A3 not certified with the reason; claimResponseReviewer for the deciding physician), then the Patient, then an OperationOutcome listing request elements not used',
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
const auth = { '401': { $ref: '#/components/responses/Problem401' } }

export const fhirPaths = {
  '/fhir/Claim/$submit': {
    post: {
      tags,
      summary: 'Submit a PAS request: creates a case (Electronic channel), answers pended',
      description:
        'Idempotent on Bundle.identifier per user: a resend answers the case as it stands; the same identifier on another request is refused (422). An invalid Bundle writes nothing.',
      requestBody: fhirBody,
      responses: {
        '200': bundleAnswer('The PAS response Bundle'),
        '400': outcome('Not JSON, not a PAS request, or a case rule refused it'),
        '422': outcome('The Bundle identifier was already used for another request'),
        ...auth,
      },
    },
  },
  '/fhir/Claim/$inquire': {
    post: {
      tags,
      summary: 'Inquire: the current answer for a request, by its Claim identifier and member',
      requestBody: fhirBody,
      responses: {
        '200': bundleAnswer('The PAS response Bundle as it stands now'),
        '400': outcome('Not an inquiry this service can match'),
        '404': outcome('No request matches'),
        ...auth,
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
