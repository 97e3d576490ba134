import type { OperationOutcome } from 'fhir/r4'
import { json } from '../http.ts'
import type { PasIssue } from '../../src/api/schemas/pas.ts'

export const FHIR_JSON = 'application/fhir+json'

/** One OperationOutcome issue per problem, each naming its element by FHIRPath. */
export function operationOutcome(issues: PasIssue[]): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: issues.map((i) => ({
      severity: i.severity,
      code: i.code ?? (i.severity === 'error' ? 'invalid' : 'informational'),
      diagnostics: i.message,
      expression: [i.expression],
    })),
  }
}

/** A FHIR answer: `application/fhir+json`, whatever the status. */
export function fhirResponse(body: object, status = 200, headers: Record<string, string> = {}) {
  return json(body as never, {
    status,
    headers: { 'Content-Type': FHIR_JSON, ...headers },
  })
}

export function outcomeResponse(status: number, issues: PasIssue[]) {
  return fhirResponse(operationOutcome(issues), status)
}
