import type { CaseFieldName, CaseFields } from '../../../api/schemas/case-fields.ts'
import type { PasParseResult } from '../../../api/schemas/pas.ts'
import { fieldLabels, validateCaseFields } from '../../../domain/case-rules.ts'
import type { FormErrors } from './use-case-form.ts'

/** The pasted-Bundle box: the error summary links here for problems of the Bundle as a whole. */
export const PAS_BUNDLE_ID = 'pas-bundle'

const isField = (name: string): name is CaseFieldName => name in fieldLabels

/**
 * The form after an import, and its messages: the Bundle's own problems at their
 * fields (with the element named), what it does not say flagged for the reviewer, and
 * the case rules for what it filled. Problems of the Bundle as a whole come back apart.
 */
export function importIntoForm(current: CaseFields, result: PasParseResult, now: Date) {
  const fields: CaseFields = { ...current, ...result.fields }
  const rules = validateCaseFields(fields, now)
  const errors: FormErrors = {}
  for (const name of Object.keys(result.fields))
    if (isField(name) && rules[name]) errors[name] = rules[name]
  for (const name of result.unstated)
    if (isField(name))
      errors[name] =
        `${fieldLabels[name]}: the PAS request does not say. ${rules[name] ?? 'Check it'}`
  // The Bundle's own problems come last: they name the element, so they win at a field.
  const general: string[] = []
  const named = new Set<string>()
  for (const issue of result.issues) {
    if (issue.severity !== 'error') continue
    const message = `${issue.message} (${issue.expression})`
    if (!issue.field || !isField(issue.field)) general.push(message)
    else if (!named.has(issue.field)) {
      named.add(issue.field)
      errors[issue.field] = message
    }
  }
  return { fields, errors, general }
}
