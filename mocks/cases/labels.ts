import type { Outcome } from '../../src/api/schemas/policy.ts'

/** The outcome names of PRODUCT.md, as the audit trail words them. */
export const outcomeLabels: Record<Outcome, string> = {
  'not-covered-medicare': 'Not covered (Medicare)',
  'not-medically-necessary': 'Not medically necessary',
  'no-criteria': 'No criteria on file',
  'criteria-met': 'Criteria met',
}
