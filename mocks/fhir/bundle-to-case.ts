import type { CaseFieldName, CaseFields } from '../../src/api/schemas/case-fields.ts'
import type { PasIssue } from '../../src/api/schemas/pas.ts'
import {
  readCoverage,
  readDiagnoses,
  readItem,
  readPatient,
  readPriority,
  readProvider,
} from './bundle-parts.ts'
import { isRecord, records, resolve, str, type Entry } from './fhir-json.ts'
import { Issues } from './issues.ts'

export type Identifier = { system?: string; value: string }

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
  'related',
  'referral',
  'procedure',
]

const identifier = (v: unknown): Identifier | null => {
  const first = Array.isArray(v) ? v[0] : v
  const value = isRecord(first) ? str(first.value) : undefined
  if (!value || !isRecord(first)) return null
  const system = str(first.system)
  return system ? { system, value } : { value }
}

/**
 * Maps a Da Vinci PAS request Bundle (PASRequestBundle: a PASClaim with its Patient,
 * Coverage and requesting provider) onto case fields. Pure: no clock, no database.
 * The case rules (src/domain/case-rules.ts) are applied by the caller, not here.
 */
export function mapPasBundle(value: unknown): PasMapping {
  const issues = new Issues()
  const fields: Partial<CaseFields> = {}
  const result = (paths: PasMapping['paths'] = {}, claimIdentifier: Identifier | null = null) => ({
    fields,
    unstated: FROM_BUNDLE.filter((f) => fields[f] === undefined),
    issues: issues.list,
    paths,
    bundleIdentifier: isRecord(value) ? identifier(value.identifier) : null,
    claimIdentifier,
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

  const patient = resolve(entries, claim.resource.patient)
  if (patient?.resource.resourceType === 'Patient') readPatient(patient, fields)
  else
    issues.error(
      `${c}.patient`,
      'Claim.patient does not point to a Patient in the Bundle',
      'memberId',
    )

  const insurance = records(claim.resource.insurance)
  const focal = insurance.find((i) => i.focal === true) ?? insurance[0]
  const coverage = focal ? resolve(entries, focal.coverage) : undefined
  if (coverage?.resource.resourceType === 'Coverage') readCoverage(coverage, fields)

  readProvider(entries, claim.resource.provider, fields, issues)
  readDiagnoses(claim, fields, issues)
  readPriority(claim, fields, issues)

  const items = records(claim.resource.item)
  const [item] = items
  if (item) readItem(item, `${c}.item[0]`, fields, issues)
  if (items.length > 1)
    issues.error(
      `${c}.item[1]`,
      `The Claim asks for ${items.length} services: send one service per request, so each gets its own review`,
      'serviceCode',
    )
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
    serviceCode: `${c}.item[0].productOrService`,
    diagnosisCodes: `${c}.diagnosis`,
    dateOfService: `${c}.item[0].servicedDate`,
    urgency: `${c}.priority`,
    requestingProviderNpi: `${c}.provider`,
  }
  return result(paths, identifier(claim.resource.identifier))
}
