import type { Outcome } from '../../../api/schemas/policy.ts'

/** The proposed outcome as a headline: app words naming the outcome, not policy text. */
export const outcomeHeadlines: Record<Outcome, string> = {
  'not-covered-medicare': 'Not covered (Medicare)',
  'not-medically-necessary': 'Not medically necessary',
  'no-criteria': 'No criteria on file',
  'criteria-met': 'Criteria met',
}
