import type { PasParseResult } from '../../src/api/schemas/pas.ts'
import type { CaseFieldName } from '../../src/api/schemas/case-fields.ts'
import { mapPasBundle } from './bundle-to-case.ts'
import { fromEnrollment } from './submission.ts'
import { jsonDepth, MAX_BODY_DEPTH } from '../http.ts'

/**
 * `$parse` for the case form: the dropped or pasted text, mapped as `$submit` would map
 * it, but nothing refused and nothing created. The reviewer completes what is unstated.
 */
export function parsePasText(text: string): PasParseResult {
  // The text comes inside the body, past the body's own depth check: checked the same way,
  // or a deep enough nesting runs the mapping's walk out of stack.
  if (jsonDepth(text) > MAX_BODY_DEPTH)
    return unread(`The PAS request nests deeper than ${MAX_BODY_DEPTH} levels`)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return unread('The PAS request is not JSON: paste or drop a FHIR Bundle')
  }
  const mapping = mapPasBundle(value)
  const { issues } = mapping
  // What `$submit` would take from the enrollment records, the form is filled with too;
  // the reviewer checks every field before submitting (the issues list is for elements
  // not used, so the source is not listed there).
  const enrolled = Object.fromEntries(
    Object.entries(fromEnrollment(mapping)).filter(([, v]) => v !== ''),
  )
  const named = Object.keys(enrolled) as CaseFieldName[]
  const fields = { ...mapping.fields, ...enrolled }
  const unstated = mapping.unstated.filter((f) => !named.includes(f))
  return { fields, unstated, issues }
}

/** Text that cannot be mapped at all: one error at the Bundle, nothing filled. */
const unread = (message: string): PasParseResult => ({
  fields: {},
  unstated: [],
  issues: [{ severity: 'error', expression: 'Bundle', message }],
})
