import type {
  Bundle,
  BundleEntry,
  ClaimResponse,
  CodeableConcept,
  FhirResource,
  Identifier,
  Reference,
} from 'fhir/r4'
import type { PasIssue } from '../../src/api/schemas/pas.ts'
import type { EchoEntry, PasMapping } from './bundle-to-case.ts'
import { SYSTEM } from './code-systems.ts'

const PAS = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition'
const uuid = () => `urn:uuid:${crypto.randomUUID()}`

/**
 * A business rejection as the guide answers one (specification.md, "Prior Authorization
 * Transaction Error Handling": errors found while processing the request are conveyed in
 * `ClaimResponse.error`, an OperationOutcome is for a request that cannot be processed;
 * the guide's ErrorResponseBundleExample): a PAS response Bundle whose ClaimResponse has
 * outcome `error` and one `error` per problem, each with its FHIRPath in the guide's
 * `extension-errorPath`.
 *
 * `error.code` is bound (required) to X12 901, reject reason codes. The guide prints two
 * of its values (`04`, `T4`) without saying what they mean, and the list is licensed, so
 * no value could be confirmed for these reasons: the reason goes as text only
 * (docs/pas.md, X12 code values). Nothing is stored: the request created nothing.
 */
export function errorResponseBundle(mapping: PasMapping, problems: PasIssue[], now: Date): Bundle {
  const entries: BundleEntry<FhirResource>[] = []
  const party = (sent: EchoEntry | undefined): Reference | undefined => {
    if (!sent) return undefined
    const fullUrl = sent.fullUrl ?? uuid()
    entries.push({ fullUrl, resource: sent.resource as unknown as FhirResource })
    return { reference: fullUrl }
  }
  const { echo, claimIdentifier, bundleIdentifier } = mapping
  const unnamed = { display: 'Not named in the request' }
  const patient = party(echo.patient) ?? unnamed
  const insurer = party(echo.insurer) ?? unnamed
  const requestor =
    party(echo.requestor) ?? (echo.requestorReference as Reference | undefined) ?? unnamed
  const identifiers =
    (echo.claimIdentifiers as Identifier[] | undefined) ??
    (claimIdentifier ? [claimIdentifier] : undefined)
  const response: ClaimResponse = {
    resourceType: 'ClaimResponse',
    meta: { profile: [`${PAS}/profile-claimresponse`] },
    ...(identifiers ? { identifier: identifiers } : {}),
    status: 'active',
    type: (echo.claimType as CodeableConcept | undefined) ?? {
      coding: [{ system: SYSTEM.claimType, code: 'professional' }],
    },
    use: 'preauthorization',
    patient,
    created: now.toISOString(),
    insurer,
    requestor,
    request: claimIdentifier ? { identifier: claimIdentifier } : unnamed,
    outcome: 'error',
    error: problems.map((p) => ({
      extension: [{ url: `${PAS}/extension-errorPath`, valueString: p.expression }],
      code: { text: p.message },
    })),
  }
  return {
    resourceType: 'Bundle',
    meta: { profile: [`${PAS}/profile-pas-response-bundle`] },
    ...(bundleIdentifier ? { identifier: bundleIdentifier } : {}),
    type: 'collection',
    timestamp: now.toISOString(),
    entry: [{ fullUrl: uuid(), resource: response }, ...entries],
  }
}
