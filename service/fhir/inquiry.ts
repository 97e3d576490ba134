import type { StoredCase } from '../../src/api/schemas/case.ts'
import type { Parameters } from 'fhir/r4'
import type { PasIssue } from '../../src/api/schemas/pas.ts'
import type { MockDb } from '../store.ts'
import { mapPasBundle, type Identifier } from './bundle-to-case.ts'
import { responseBundle } from './claim-response.ts'
import { requestCases } from './store-submission.ts'

const same = (a: Identifier | null, b: Identifier | null) =>
  a !== null && b !== null && a.value === b.value && (a.system ?? '') === (b.system ?? '')

export type Inquiry = { ok: true; found: StoredCase | null } | { ok: false; issues: PasIssue[] }

/**
 * `$inquire`: a PAS inquiry Bundle names the request by its Claim identifier (the trace
 * number the provider sent) and the member. Both must match: an identifier alone
 * would let one provider's system read another's member.
 */
export function findInquiry(db: MockDb, value: unknown): Inquiry {
  const mapping = mapPasBundle(value)
  const fatal = mapping.issues.filter(
    (i) =>
      i.expression === 'Bundle' || i.expression === 'Bundle.entry' || i.expression.endsWith('.use'),
  )
  if (fatal.length > 0) return { ok: false, issues: fatal }
  const issues: PasIssue[] = []
  // The service code's path is the first item not cancelled: any index, cut back to the Claim.
  const claimPath = mapping.paths.serviceCode?.replace(/\.item\[\d+\].*$/, '') ?? 'Bundle.entry'
  if (!mapping.claimIdentifier)
    issues.push({
      severity: 'error',
      expression: `${claimPath}.identifier`,
      message: 'Name the request by the Claim identifier it was sent with',
    })
  const memberId = mapping.fields.memberId
  if (!memberId)
    issues.push({
      severity: 'error',
      expression: mapping.paths.memberId ?? `${claimPath}.patient`,
      message: 'Name the member by the Patient’s member identifier',
    })
  if (issues.length > 0) return { ok: false, issues }
  const matches = Object.values(db.cases).filter(
    (c) =>
      c.source?.kind === 'pas' &&
      (same(c.source.claimIdentifier, mapping.claimIdentifier) ||
        (c.source.updateIdentifiers ?? []).some((u) => same(u, mapping.claimIdentifier))) &&
      c.input.memberId === memberId,
  )
  const latest = matches.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
  return { ok: true, found: latest ?? null }
}

/**
 * `$inquire`'s answer as its OperationDefinition (Claim-inquiry, PAS 2.2.1) gives it: a
 * Parameters with 0..* `return` Bundles, one per matching request. No match is an empty
 * result, not an error. (The guide's example names the parameter `responseBundle`; the
 * OperationDefinition, which governs, names it `return`.)
 */
export function inquiryAnswer(db: MockDb, found: StoredCase | null, now: Date): Parameters {
  if (!found) return { resourceType: 'Parameters' }
  const bundle = responseBundle(requestCases(db, found), now)
  bundle.meta = {
    profile: [
      'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/profile-pas-inquiry-response-bundle',
    ],
  }
  return { resourceType: 'Parameters', parameter: [{ name: 'return', resource: bundle }] }
}
