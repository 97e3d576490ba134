import type { CaseFieldName, CaseInput } from '../../src/api/schemas/case-fields.ts'
import type { PasIssue } from '../../src/api/schemas/pas.ts'
import { fieldLabels } from '../../src/domain/case-rules.ts'
import { validateCaseInput } from '../cases/case-input.ts'
import { mapPasBundle, type PasMapping } from './bundle-to-case.ts'

/** Why `$submit` refuses a field the Bundle does not say; the form leaves these to the reviewer. */
const UNSTATED: Partial<Record<CaseFieldName, string>> = {
  lineOfBusiness:
    'The Coverage does not tell the line of business: send Coverage.class of type “plan” with the plan’s product code, or Coverage.type SOPT 11 (Medicare Advantage). This service holds no enrollment data to look it up.',
  plan: 'The Coverage does not name the plan: send Coverage.class of type “plan” with the plan’s product code.',
  groupFunding:
    'The Coverage does not tell whether the group plan is fully insured or self-funded: send the plan’s product code in Coverage.class.',
}

export type Submission =
  { ok: true; input: CaseInput; mapping: PasMapping } | { ok: false; issues: PasIssue[] }

/**
 * A PAS request as `$submit` takes it: the Bundle mapped onto a case, then the same
 * case rules as `POST /cases` (src/domain/case-rules.ts), each message placed at the
 * element it came from. Received now, on the Electronic channel.
 */
export function checkSubmission(value: unknown, now: Date): Submission {
  const mapping = mapPasBundle(value)
  const issues = mapping.issues.filter((i) => i.severity === 'error')
  if (issues.some((i) => i.expression === 'Bundle' || i.expression === 'Bundle.entry'))
    return { ok: false, issues }
  if (!mapping.bundleIdentifier)
    issues.push({
      severity: 'error',
      expression: 'Bundle.identifier',
      message:
        'The Bundle has no identifier: a PAS request Bundle carries one, and a resend is known by it',
    })
  const body = { ...mapping.fields, requestReceivedAt: now.toISOString() }
  const checked = validateCaseInput(body, now)
  if (!checked.ok) {
    const named = new Set(issues.map((i) => i.field))
    for (const [name, messages] of Object.entries(checked.errors)) {
      const field = name as CaseFieldName
      if (named.has(field)) continue
      const unstated = mapping.unstated.includes(field) || field === 'groupFunding'
      issues.push({
        severity: 'error',
        expression: mapping.paths[field] ?? 'Bundle',
        message:
          (unstated ? UNSTATED[field] : undefined) ??
          `${fieldLabels[field]}: ${messages[0] ?? 'not valid'}`,
        field,
      })
    }
  }
  if (issues.length > 0 || !checked.ok) return { ok: false, issues }
  return { ok: true, input: checked.value, mapping }
}
