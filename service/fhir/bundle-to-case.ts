import type { CaseFieldName, CaseFields } from '../../src/api/schemas/case-fields.ts'
import type { PasIssue } from '../../src/api/schemas/pas.ts'
import {
  wholeRequestCancel,
  checkModifierExtensions,
  readItems,
  type PasItem,
} from './bundle-items.ts'
import {
  readCoverage,
  readDiagnoses,
  readPatient,
  readPriority,
  readProvider,
} from './bundle-parts.ts'
import { isRecord, records, resolve, str, type Entry, type Json } from './fhir-json.ts'
import { Issues } from './issues.ts'

export type Identifier = { system?: string; value: string }

/** A resource of the request as it was sent, to be echoed in the answer. */
export type EchoEntry = { fullUrl?: string; resource: Json }

/** What the answer repeats of the request: the Patient and the Claim's parties. */
export type PasEcho = {
  patient?: EchoEntry
  insurer?: EchoEntry
  requestor?: EchoEntry
  /** The Claim's references as sent, for parties that are not entries of the Bundle. */
  requestorReference?: Json
  claimType?: Json
  /** `Claim.identifier` whole (assigner, extensions), for `ClaimResponse.identifier`. */
  claimIdentifiers?: Json[]
}

/** What a PAS request Bundle says about a case, in the case form's words. */
export type PasMapping = {
  fields: Partial<CaseFields>
  /** Fields the Bundle does not say: the reviewer completes them, `$submit` refuses. */
  unstated: CaseFieldName[]
  issues: PasIssue[]
  /** Where each field comes from (or would), so a case rule's message names the element. */
  paths: Partial<Record<CaseFieldName, string>>
  bundleIdentifier: Identifier | null
  claimIdentifier: Identifier | null
  /** Every service line, each reviewed on its own. */
  items: PasItem[]
  /** `Coverage.subscriberId`, to find the member in the enrollment records. */
  subscriberId?: string
  echo: PasEcho
  /** A PASClaimUpdate: the earlier request it updates, by that Claim's identifier. */
  related?: RelatedClaim
}

/** The earlier Claim an update names (`Claim.related.claim`), and where it says so. */
export type RelatedClaim = {
  identifier: Identifier
  path: string
  /** `certificationType` 3 on the Claim: the whole earlier request is cancelled. */
  cancelAll: boolean
  /** Where the Claim says so (its extension), for a refusal to point at. */
  cancelPath?: string
}

/** The fields a PAS request can say; the rest (received time, notes) are the plan's. */
const FROM_BUNDLE: CaseFieldName[] = [
  'memberId',
  'dateOfBirth',
  'lineOfBusiness',
  'plan',
  'serviceCode',
  'diagnosisCodes',
  'dateOfService',
  'urgency',
]
/** Claim elements this service does not use; listed, never silently dropped. */
const CLAIM_UNUSED = [
  'extension',
  'supportingInfo',
  'careTeam',
  'accident',
  'referral',
  'procedure',
]

const echoOf = (e: Entry | undefined): EchoEntry | undefined =>
  e && { ...(e.fullUrl ? { fullUrl: e.fullUrl } : {}), resource: e.resource }

const identifier = (v: unknown): Identifier | null => {
  const first = Array.isArray(v) ? v[0] : v
  const value = isRecord(first) ? str(first.value) : undefined
  if (!value || !isRecord(first)) return null
  const system = str(first.system)
  return system ? { system, value } : { value }
}

/**
 * The earlier Claim a PASClaimUpdate updates. The guide (specification.md, Updating
 * authorization requests, spec-65) has the update reference it in `Claim.related.claim`
 * and include it in the Bundle; its `identifier` is how this service knows the earlier
 * request. A `related.claim` that carries the identifier itself is read as well.
 */
function relatedClaim(claim: Entry, entries: Entry[], issues: Issues): RelatedClaim | undefined {
  const related = records(claim.resource.related)
  const at = `${claim.path}.related[0].claim`
  const ref = related[0]?.claim
  const own = isRecord(ref) ? identifier(ref.identifier) : null
  const target = own ? undefined : resolve(entries, ref)
  const id =
    own ??
    (target?.resource.resourceType === 'Claim' ? identifier(target.resource.identifier) : null)
  if (related.length !== 1 || !id) {
    issues.error(
      at,
      'An update names the earlier request in Claim.related.claim (one, 1..1): a reference to the earlier Claim, included in the Bundle with its identifier, as the guide requires',
    )
    return undefined
  }
  const cancelling = wholeRequestCancel(claim.resource)
  return {
    ...{ identifier: id, path: at, cancelAll: cancelling >= 0 },
    ...(cancelling >= 0 ? { cancelPath: `${claim.path}.extension[${cancelling}]` } : {}),
  }
}

/**
 * Maps a Da Vinci PAS request Bundle (PASRequestBundle: a PASClaim with its Patient,
 * Coverage and requesting provider) onto case fields. Pure: no clock, no database.
 * The case rules (src/domain/case-rules.ts) are applied by the caller, not here.
 */
export function mapPasBundle(value: unknown): PasMapping {
  const issues = new Issues()
  const fields: Partial<CaseFields> = {}
  const rest: Pick<PasMapping, 'items' | 'subscriberId' | 'echo' | 'related'> = {
    items: [],
    echo: {},
  }
  const result = (paths: PasMapping['paths'] = {}, claimIdentifier: Identifier | null = null) => ({
    fields,
    unstated: FROM_BUNDLE.filter((f) => fields[f] === undefined),
    issues: issues.list,
    paths,
    bundleIdentifier: isRecord(value) ? identifier(value.identifier) : null,
    claimIdentifier,
    ...rest,
  })
  if (!isRecord(value) || value.resourceType !== 'Bundle') {
    issues.error('Bundle', 'This is not a FHIR Bundle: send a Da Vinci PAS request Bundle')
    return result()
  }
  const entries: Entry[] = records(value.entry).flatMap((e, i) =>
    isRecord(e.resource)
      ? [{ resource: e.resource, path: `Bundle.entry[${i}].resource`, fullUrl: str(e.fullUrl) }]
      : [],
  )
  const claim = entries.find((e) => e.resource.resourceType === 'Claim')
  if (!claim) {
    issues.error('Bundle.entry', 'The Bundle has no Claim: a PAS request carries one')
    return result()
  }
  const c = claim.path
  if (claim.resource.use !== 'preauthorization')
    issues.error(
      `${c}.use`,
      `Claim.use is “${String(claim.resource.use ?? '')}”: a prior authorization request has use “preauthorization”`,
    )
  fields.requestChannel = 'electronic'

  const named = resolve(entries, claim.resource.patient)
  // Another kind of resource is no Patient: the paths then name the Claim's reference.
  const patient = named?.resource.resourceType === 'Patient' ? named : undefined
  if (patient) readPatient(patient, fields)
  else
    issues.error(
      `${c}.patient`,
      'Claim.patient does not point to a Patient in the Bundle',
      'memberId',
    )

  const insurance = records(claim.resource.insurance)
  const focal = insurance.find((i) => i.focal === true) ?? insurance[0]
  const found = focal ? resolve(entries, focal.coverage) : undefined
  // A reference to another kind of resource is no Coverage: the paths name the Claim's.
  const coverage = found?.resource.resourceType === 'Coverage' ? found : undefined
  if (coverage) {
    readCoverage(coverage, fields)
    const subscriberId = str(coverage.resource.subscriberId)?.trim()
    if (subscriberId) rest.subscriberId = subscriberId
  }

  readProvider(entries, claim.resource.provider, fields, issues)
  readDiagnoses(claim, fields, issues)
  readPriority(claim, fields, issues)
  checkModifierExtensions(entries, issues)

  rest.items = readItems(claim, entries, issues)
  if (rest.items.length === 0)
    issues.error(`${c}.item`, 'The Claim names no service: send one item or more')
  const first = rest.items.find((i) => !i.cancelled)
  // The case form holds one HCPCS or CPT code: the first item's, if it is one.
  if (first?.serviceCode && !first.noCriteriaReason) fields.serviceCode = first.serviceCode
  if (first?.dateOfService) fields.dateOfService = first.dateOfService
  if (claim.resource.related !== undefined) {
    const related = relatedClaim(claim, entries, issues)
    if (related) rest.related = related
  }
  const insurer = resolve(entries, claim.resource.insurer)
  const requestor = resolve(entries, claim.resource.provider)
  rest.echo = {
    ...(patient ? { patient: echoOf(patient) } : {}),
    ...(insurer ? { insurer: echoOf(insurer) } : {}),
    ...(requestor ? { requestor: echoOf(requestor) } : {}),
    ...(isRecord(claim.resource.provider) ? { requestorReference: claim.resource.provider } : {}),
    ...(isRecord(claim.resource.type) ? { claimType: claim.resource.type } : {}),
    ...(records(claim.resource.identifier).length > 0
      ? { claimIdentifiers: records(claim.resource.identifier) }
      : {}),
  }
  for (const key of CLAIM_UNUSED)
    if (claim.resource[key] !== undefined) issues.ignored(`${c}.${key}`, claim.resource[key])

  const patientPath = patient?.path ?? `${c}.patient`
  const coveragePath = coverage?.path ?? `${c}.insurance`
  const paths: PasMapping['paths'] = {
    memberId: `${patientPath}.identifier`,
    dateOfBirth: `${patientPath}.birthDate`,
    lineOfBusiness: `${coveragePath}.class`,
    groupFunding: `${coveragePath}.class`,
    plan: `${coveragePath}.class`,
    serviceCode: `${first?.path ?? `${c}.item[0]`}.productOrService`,
    diagnosisCodes: `${c}.diagnosis`,
    dateOfService: first?.datePath ?? `${first?.path ?? `${c}.item[0]`}.servicedDate`,
    urgency: `${c}.priority`,
    requestingProviderNpi: `${c}.provider`,
  }
  return result(paths, identifier(claim.resource.identifier))
}
