import type { PasIssue } from '../../src/api/schemas/pas.ts'
import type { CaseFieldName } from '../../src/api/schemas/case-fields.ts'
import { isRecord, str } from './fhir-json.ts'

/** Collects what a mapping found wrong or left out, each at its FHIRPath. */
export class Issues {
  readonly list: PasIssue[] = []
  error(expression: string, message: string, field?: CaseFieldName) {
    this.list.push({ severity: 'error', expression, message, ...(field ? { field } : {}) })
  }
  /** Something the guide allows that this service does not do: refused as `not-supported`. */
  notSupported(expression: string, message: string, field?: CaseFieldName) {
    this.list.push({
      severity: 'error',
      expression,
      message,
      code: 'not-supported',
      ...(field ? { field } : {}),
    })
  }
  info(expression: string, message: string) {
    this.list.push({ severity: 'information', expression, message })
  }
  /**
   * An element this service does not use: listed with every code it carries, so a
   * reviewer who needs one (an urgency, a modifier, a place of service) can see it.
   */
  ignored(expression: string, value: unknown) {
    const codes = codesIn(value)
    const carried = codes.length > 0 ? `; it carries ${codes.join(', ')}` : ''
    this.info(expression, `Not used by this service, listed for the reviewer${carried}`)
  }
  get hasErrors() {
    return this.list.some((i) => i.severity === 'error')
  }
}

/** Every `system#code “display”` inside a FHIR value, depth-first, at most 20. */
export function codesIn(value: unknown, found: string[] = [], depth = 0): string[] {
  if (depth > 12 || found.length >= 20) return found
  if (Array.isArray(value)) {
    for (const v of value) codesIn(v, found, depth + 1)
    return found
  }
  if (!isRecord(value)) return found
  const code = str(value.code)
  if (code && (str(value.system) || str(value.display))) {
    const display = str(value.display)
    found.push(`${str(value.system) ?? ''}#${code}${display ? ` “${display}”` : ''}`)
  }
  for (const [k, v] of Object.entries(value)) {
    if (k !== 'code') codesIn(v, found, depth + 1)
  }
  // A bare `valueCode` (extensions) is a code too.
  const valueCode = str(value.valueCode)
  if (valueCode) found.push(`#${valueCode}`)
  return found
}
